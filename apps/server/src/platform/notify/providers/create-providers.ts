import type { NotificationProviders } from './notification-provider.ts';
import { createSmtpProvider } from './smtp-provider.ts';
import {
  createDingTalkProvider,
  createFeishuProvider,
  createWeComProvider,
  type FetchLike,
} from './webhook-providers.ts';

export type ProvidersOptions = { smtpUrl?: string | undefined; publicUrl?: string; fetch?: FetchLike };

/** Every provider the configuration allows: the robots always, mail when SMTP_URL is set. */
export function createNotificationProviders(options: ProvidersOptions): NotificationProviders {
  const web = { publicUrl: options.publicUrl, ...(options.fetch ? { fetch: options.fetch } : {}) };
  return {
    dingtalk: createDingTalkProvider(web),
    wecom: createWeComProvider(web),
    feishu: createFeishuProvider(web),
    ...(options.smtpUrl
      ? { smtp: createSmtpProvider({ url: options.smtpUrl, publicUrl: options.publicUrl }) }
      : {}),
  };
}
