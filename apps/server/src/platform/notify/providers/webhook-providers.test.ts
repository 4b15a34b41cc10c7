import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpProvider } from './smtp-provider.ts';
import { startSmtpServer, startWebhookServer } from './local-servers.test-helper.ts';
import {
  createDingTalkProvider,
  createFeishuProvider,
  createWeComProvider,
  parseWebhookTarget,
} from './webhook-providers.ts';

const message = { title: '隐患整改逾期', body: '3 项隐患已超过整改期限', link: '/hazards?overdue=true' };
const NOW = 1_760_000_000_123;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
async function server(replies: { status: number; body: unknown }[] = []) {
  const s = await startWebhookServer(replies);
  closers.push(s.close);
  return s;
}

describe('robot webhooks', () => {
  it('posts DingTalk text and signs timestamp and sign into the URL', async () => {
    const s = await server();
    const provider = createDingTalkProvider({ publicUrl: 'https://sk.example.cn', now: () => NOW });
    const target = JSON.stringify({ url: `${s.base}/robot/send?access_token=abc`, secret: 'SECabc' });
    await provider.send(target, message);
    const [request] = s.requests;
    expect(request?.body).toEqual({
      msgtype: 'text',
      text: { content: '隐患整改逾期\n3 项隐患已超过整改期限\nhttps://sk.example.cn/hazards?overdue=true' },
    });
    const url = new URL(request?.url ?? '', s.base);
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe(String(NOW));
    const expected = createHmac('sha256', 'SECabc').update(`${NOW}\nSECabc`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(expected);
  });

  it('posts WeCom text to the plain webhook URL', async () => {
    const s = await server();
    await createWeComProvider().send(`${s.base}/cgi-bin/webhook/send?key=k1`, message);
    expect(s.requests[0]?.url).toBe('/cgi-bin/webhook/send?key=k1');
    expect(s.requests[0]?.body).toEqual({
      msgtype: 'text',
      text: { content: '隐患整改逾期\n3 项隐患已超过整改期限\n/hazards?overdue=true' },
    });
  });

  it('posts Feishu text with timestamp and sign in the body', async () => {
    const s = await server();
    const target = JSON.stringify({ url: `${s.base}/open-apis/bot/v2/hook/x`, secret: 'fs' });
    await createFeishuProvider({ now: () => NOW }).send(target, { ...message, link: null });
    const seconds = String(Math.floor(NOW / 1000));
    expect(s.requests[0]?.body).toEqual({
      msg_type: 'text',
      content: { text: '隐患整改逾期\n3 项隐患已超过整改期限' },
      timestamp: seconds,
      sign: createHmac('sha256', `${seconds}\nfs`).update('').digest('base64'),
    });
  });

  it('fails on an HTTP error and on a refusal inside a 200 answer', async () => {
    const s = await server([
      { status: 500, body: {} },
      { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } },
      { status: 200, body: { code: 19021, msg: 'sign match fail' } },
    ]);
    await expect(createDingTalkProvider().send(`${s.base}/a`, message)).rejects.toThrow(/HTTP 500/);
    await expect(createWeComProvider().send(`${s.base}/b`, message)).rejects.toThrow(/errcode 310000/);
    await expect(createFeishuProvider().send(`${s.base}/c`, message)).rejects.toThrow(/code 19021/);
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const provider = createWeComProvider({
      fetch: async (url) => {
        seen.push(url);
        return new Response(JSON.stringify({ errcode: 0 }), { status: 200 });
      },
    });
    await provider.send('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=z', message);
    expect(seen).toEqual(['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=z']);
  });

  it('reads a target as a URL or as JSON with a secret, and rejects anything else', () => {
    expect(parseWebhookTarget(' https://x.cn/hook ')).toEqual({ url: 'https://x.cn/hook', secret: null });
    expect(parseWebhookTarget('{"url":"https://x.cn/h","secret":"s"}')).toEqual({
      url: 'https://x.cn/h',
      secret: 's',
    });
    expect(() => parseWebhookTarget('not a url')).toThrow();
  });
});

describe('SMTP', () => {
  it('sends mail through the SMTP_URL relay with the sender from ?from=', async () => {
    const smtp = await startSmtpServer();
    closers.push(smtp.close);
    const provider = createSmtpProvider({
      url: `smtp://127.0.0.1:${smtp.port}?from=alerts@sk.example.cn&ignoreTLS=true`,
      publicUrl: 'https://sk.example.cn',
    });
    await provider.send('safety@hongda.example.cn', message);
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail?.from).toBe('alerts@sk.example.cn');
    expect(mail?.to).toEqual(['safety@hongda.example.cn']);
    const subject = /^Subject: =\?UTF-8\?B\?(.+)\?=$/m.exec(mail?.data ?? '')?.[1] ?? '';
    expect(Buffer.from(subject, 'base64').toString('utf8')).toBe('隐患整改逾期');
    const text = decodeQuotedPrintable((mail?.data ?? '').split('\n\n').slice(1).join('\n\n'));
    expect(text).toBe('隐患整改逾期\n3 项隐患已超过整改期限\nhttps://sk.example.cn/hazards?overdue=true\n');
  });
});

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
