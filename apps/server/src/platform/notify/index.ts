export { sendInApp } from './send-in-app.ts';
export type { InAppMessage } from './send-in-app.ts';
