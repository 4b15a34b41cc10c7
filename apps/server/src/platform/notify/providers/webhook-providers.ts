import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { plainText, type ExternalMessage, type NotificationProvider } from './notification-provider.ts';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;
export type WebhookOptions = {
  fetch?: FetchLike;
  publicUrl?: string;
  timeoutMs?: number;
  now?: () => number;
};

type WebhookTarget = { url: string; secret: string | null };

const jsonTarget = z.object({ url: z.url(), secret: z.string().min(1).optional() });

/**
 * A channel's target is the robot's webhook URL, or `{"url": …, "secret": …}` when the robot has
 * signing ("加签") switched on.
 */
export function parseWebhookTarget(target: string): WebhookTarget {
  const trimmed = target.trim();
  if (trimmed.startsWith('{')) {
    const parsed = jsonTarget.parse(JSON.parse(trimmed));
    return { url: parsed.url, secret: parsed.secret ?? null };
  }
  return { url: z.url().parse(trimmed), secret: null };
}

async function post(options: WebhookOptions, url: string, body: unknown): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const response = await doFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Webhook answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// The robots answer HTTP 200 even when they refuse a message; the refusal is in the body.
const errcodeReply = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const feishuReply = z.union([
  z.object({ code: z.number(), msg: z.string().optional() }),
  z
    .object({ StatusCode: z.number(), StatusMessage: z.string().optional() })
    .transform((r) => ({ code: r.StatusCode, msg: r.StatusMessage })),
]);

function checkErrcode(provider: string, reply: unknown): void {
  const parsed = errcodeReply.safeParse(reply);
  if (!parsed.success) throw new Error(`${provider} answered without errcode`);
  if (parsed.data.errcode !== 0)
    throw new Error(`${provider} errcode ${parsed.data.errcode}: ${parsed.data.errmsg ?? ''}`);
}

/** DingTalk custom robot; signing per DingTalk: HMAC-SHA256(secret, "timestamp\nsecret") in the URL. */
export function createDingTalkProvider(options: WebhookOptions = {}): NotificationProvider {
  return {
    kind: 'dingtalk',
    async send(target: string, message: ExternalMessage) {
      const { url, secret } = parseWebhookTarget(target);
      const signed = new URL(url);
      if (secret) {
        const timestamp = String(options.now?.() ?? Date.now());
        const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
        signed.searchParams.set('timestamp', timestamp);
        signed.searchParams.set('sign', sign);
      }
      const body = { msgtype: 'text', text: { content: plainText(message, options.publicUrl) } };
      checkErrcode('DingTalk', await post(options, signed.toString(), body));
    },
  };
}

/** WeCom (企业微信) group robot; it has no signing, the key in the URL is the secret. */
export function createWeComProvider(options: WebhookOptions = {}): NotificationProvider {
  return {
    kind: 'wecom',
    async send(target: string, message: ExternalMessage) {
      const { url } = parseWebhookTarget(target);
      const body = { msgtype: 'text', text: { content: plainText(message, options.publicUrl) } };
      checkErrcode('WeCom', await post(options, url, body));
    },
  };
}

/**
 * Feishu custom bot; signing per Feishu: the key is "timestamp\nsecret" over an empty message, and
 * timestamp (seconds) and sign travel in the body.
 */
export function createFeishuProvider(options: WebhookOptions = {}): NotificationProvider {
  return {
    kind: 'feishu',
    async send(target: string, message: ExternalMessage) {
      const { url, secret } = parseWebhookTarget(target);
      const body: Record<string, unknown> = {
        msg_type: 'text',
        content: { text: plainText(message, options.publicUrl) },
      };
      if (secret) {
        const timestamp = String(Math.floor((options.now?.() ?? Date.now()) / 1000));
        body.timestamp = timestamp;
        body.sign = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
      }
      const reply = feishuReply.safeParse(await post(options, url, body));
      if (!reply.success) throw new Error('Feishu answered without a code');
      if (reply.data.code !== 0) throw new Error(`Feishu code ${reply.data.code}: ${reply.data.msg ?? ''}`);
    },
  };
}
