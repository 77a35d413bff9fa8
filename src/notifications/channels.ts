/**
 * The two ways a notice leaves the server: e-mail over SMTP (nodemailer) and a webhook POST
 * (Docket's JSON, or the WeCom / DingTalk group-robot text message). A channel either returns
 * (sent) or throws a DeliveryFailure, `permanent` when trying again cannot help.
 */
import type { Transporter } from 'nodemailer';
import type { Clock } from '../clock.ts';
import type { WebhookFormat } from './delivery-config.ts';

export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** One delivery, rendered for its recipient. */
export interface OutgoingNotice {
  /** The delivery's stable id: a receiver that sees it twice drops the second. */
  deliveryId: string;
  /** The notice's stable id (`<global position>:<audience>`), the same on every channel. */
  noticeId: string;
  audience: string;
  workflow: string;
  instanceId: string;
  event: string;
  occurredOn: string;
  locale: string;
  title: string;
  text: string;
  link: string | null;
}

export interface EmailChannel {
  send(to: string, notice: OutgoingNotice): Promise<void>;
  close(): void;
}

export interface WebhookChannel {
  send(notice: OutgoingNotice): Promise<void>;
}

const TIMEOUT_MS = 15_000;

const body = (n: OutgoingNotice) => `${n.text}${n.link ? `\n\n${n.link}` : ''}\n`;

export function smtpChannel(url: string, from: string, clock: Clock): EmailChannel {
  // nodemailer is loaded with the first notice, not at start: a server that sends none does not hold it.
  let transporter: Promise<Transporter> | null = null;
  const transport = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS }),
    ));
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'docket.invalid';
  return {
    async send(to, notice) {
      try {
        await (await transport()).sendMail({
          from,
          to,
          date: clock.now(),
          subject: `【Docket】${notice.title}`,
          text: body(notice),
          messageId: `<${notice.deliveryId}@${domain}>`,
          headers: { 'X-Docket-Notice-Id': notice.noticeId },
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        // 5xx: the server refused the message or the address for good.
        const permanent = typeof code === 'number' && code >= 500 && code < 600;
        throw new DeliveryFailure(`smtp: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500), permanent);
      }
    },
    close: () => void transporter?.then((t) => t.close(), () => undefined),
  };
}

function payload(format: WebhookFormat, n: OutgoingNotice): unknown {
  if (format === 'json') {
    const { deliveryId, noticeId, audience, workflow, instanceId, event, occurredOn, locale, title, text, link } = n;
    return { id: deliveryId, noticeId, audience, workflow, instanceId, event, occurredOn, locale, title, text, link };
  }
  // WeCom and DingTalk group robots take the same text message; "Docket" lets a DingTalk keyword match.
  return { msgtype: 'text', text: { content: `【Docket】${n.title}\n${body(n)}`.trimEnd() } };
}

export function webhookChannel(url: string, format: WebhookFormat): WebhookChannel {
  return {
    async send(notice) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-docket-delivery-id': notice.deliveryId, 'x-docket-notice-id': notice.noticeId },
          body: JSON.stringify(payload(format, notice)),
          signal: AbortSignal.timeout(TIMEOUT_MS),
          redirect: 'error',
        });
      } catch (error) {
        throw new DeliveryFailure(`webhook: ${error instanceof Error ? error.message : String(error)}`, false);
      }
      const text = await response.text().catch(() => '');
      if (!response.ok) {
        // A 4xx other than timeout and rate limiting will not change by retrying.
        const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
        throw new DeliveryFailure(`webhook: HTTP ${response.status}`, permanent);
      }
      if (format !== 'json') {
        // The robots answer 200 with {"errcode": n, "errmsg": "..."}: only 0 means sent.
        let errcode: unknown = 0;
        try {
          errcode = (JSON.parse(text) as { errcode?: unknown }).errcode ?? 0;
        } catch {
          errcode = 'unreadable answer';
        }
        if (errcode !== 0) throw new DeliveryFailure(`webhook: robot answered errcode ${String(errcode)}`, false);
      }
    },
  };
}
