export { platformDesktopRoutes, platformMobileRoutes } from './routes.tsx';
export { useInbox, useTodos } from './api/inbox-api.ts';
