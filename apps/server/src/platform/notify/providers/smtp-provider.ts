import nodemailer, { type Transporter } from 'nodemailer';
import { plainText, type ExternalMessage, type NotificationProvider } from './notification-provider.ts';

export type SmtpOptions = {
  /** smtp://user:pass@host:587 or smtps://…; `?from=` sets the sender. */
  url: string;
  publicUrl?: string;
};

/** Mail through one SMTP relay; the channel's target is the recipient address. */
export function createSmtpProvider(options: SmtpOptions): NotificationProvider {
  const parsed = new URL(options.url);
  const from =
    parsed.searchParams.get('from') ??
    (decodeURIComponent(parsed.username).includes('@')
      ? decodeURIComponent(parsed.username)
      : `noreply@${parsed.hostname}`);
  parsed.searchParams.delete('from');
  let transporter: Transporter | undefined;
  return {
    kind: 'smtp',
    async send(target: string, message: ExternalMessage) {
      // Created on first use so that a process that never mails never opens a connection pool.
      transporter ??= nodemailer.createTransport(parsed.toString());
      await transporter.sendMail({
        from: `双控 Shuangkong <${from}>`,
        to: target,
        subject: message.title,
        text: plainText(message, options.publicUrl),
      });
    },
  };
}
