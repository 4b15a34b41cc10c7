export { sendInApp } from './send-in-app.ts';
export type { InAppMessage } from './send-in-app.ts';
export { countUnread, listInbox, markAllRead, markRead } from './inbox.ts';
export type { InboxQuery } from './inbox.ts';
export { createTodoRegistry } from './todo-registry.ts';
export type { TodoItem, TodoRegistry, TodoSource } from './todo-registry.ts';
export {
  createNotifyExternalJob,
  enqueueExternalNotification,
  notifyExternalJobRef,
} from './notify-external.job.ts';
export type { ChannelOwner } from './notify-external.job.ts';
export { plainText } from './providers/notification-provider.ts';
export type {
  ExternalMessage,
  NotificationProvider,
  NotificationProviders,
  ProviderKind,
} from './providers/notification-provider.ts';
export { createNotificationProviders } from './providers/create-providers.ts';
export type { ProvidersOptions } from './providers/create-providers.ts';
export { createSmtpProvider } from './providers/smtp-provider.ts';
export type { SmtpOptions } from './providers/smtp-provider.ts';
export {
  createDingTalkProvider,
  createFeishuProvider,
  createWeComProvider,
  parseWebhookTarget,
} from './providers/webhook-providers.ts';
export type { FetchLike, WebhookOptions } from './providers/webhook-providers.ts';
