export { riskDesktopRoutes, riskMobileRoutes, riskPrintRoutes } from './routes.tsx';
export { RiskHomeWidget, EnterpriseRiskTab } from './lazy.tsx';
