/** A message leaving the platform: mail or a group-chat robot. */
export type ExternalMessage = { title: string; body: string; link: string | null };

export type ProviderKind = 'smtp' | 'dingtalk' | 'wecom' | 'feishu';

/**
 * Delivers to one target (an address, or a robot webhook). Throws when delivery failed, so the
 * job that called it retries.
 */
export type NotificationProvider = {
  kind: ProviderKind;
  send(target: string, message: ExternalMessage): Promise<void>;
};

export type NotificationProviders = Partial<Record<ProviderKind, NotificationProvider>>;

/** Title, body and an absolute link as one plain-text block (robots and mail show text best). */
export function plainText(message: ExternalMessage, publicUrl?: string): string {
  const link =
    message.link && publicUrl && message.link.startsWith('/') ? `${publicUrl}${message.link}` : message.link;
  return [message.title, message.body, link].filter((part) => part).join('\n');
}
