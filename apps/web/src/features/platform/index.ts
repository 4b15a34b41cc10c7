export { platformFeature } from './feature.ts';
export { homeWidgets, type HomeWidget } from './slots.ts';
export { useInbox, useTodos } from './api/inbox-api.ts';
