import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { httpSink, smtpSink, type HttpSink, type SmtpSink } from '../support/sinks.ts';
import type { Database } from '../../src/db/schema.ts';
import { ConsumerRunner } from '../../src/projections/consumer.ts';
import { notificationsConsumer } from '../../src/projections/notifications.consumer.ts';
import { smtpChannel, webhookChannel, type EmailChannel } from '../../src/notifications/channels.ts';
import { NotificationDelivery } from '../../src/notifications/delivery.ts';
import { registerDeliveryMetrics } from '../../src/notifications/delivery-metrics.ts';
import type { Role } from '../../workflows/contract.ts';

const PUBLIC_URL = 'https://docket.example.org';

/** A received message's body, quoted-printable decoded. */
function bodyOf(raw: string | undefined): string {
  const body = (raw ?? '').split('\r\n\r\n').slice(1).join('\r\n\r\n');
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'));
}
const SUBMITTER = { name: '张三', contact: '138-0000-1234' };

describe('notification delivery: e-mail and webhook through local sinks', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let hook: HttpSink;
  let email: EmailChannel;
  let consumer: ConsumerRunner;
  let manager: TestPrincipal;
  let handler: TestPrincipal;
  let chairEn: TestPrincipal;
  let chairZh: TestPrincipal;
  let office: TestPrincipal;
  const workers: NotificationDelivery[] = [];

  const db = (): Kysely<Database> => t.app.docket.database.db;
  const worker = (options: { maxAttempts?: number; backoffMs?: number; format?: 'json' | 'wecom' } = {}) => {
    const delivery = new NotificationDelivery(
      db(),
      { email, webhook: webhookChannel(hook.url, options.format ?? 'json') },
      { clock: t.clock, config: { maxAttempts: options.maxAttempts ?? 3, backoffMs: options.backoffMs ?? 60_000, publicUrl: PUBLIC_URL, webhookLocale: 'zh-CN', maxAgeDays: 30 } },
    );
    workers.push(delivery);
    return delivery;
  };
  /** A principal created through the API, with an address and a language. */
  const person = async (name: string, roles: Role[], contact: { email?: string; locale?: 'zh-CN' | 'en' } = {}) => {
    const res = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name, roles, ...contact } });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    return { id: p.id, name: p.name, token: p.token, roles: p.roles, memberId: null, branchId: null } as TestPrincipal;
  };
  /** The consumer reads the log up to the last commit (it never overtakes a transaction in flight). */
  const outbox = async () => {
    // Bounded, without sleeping: a transaction open anywhere in the cluster holds the horizon back for a moment.
    for (let i = 0; i < 20_000; i++) {
      await consumer.drain();
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM events e JOIN consumer_checkpoints c ON c.consumer = 'notifications'
        WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.position)`.execute(db());
      if (Number(rows[0]?.n) === 0) return;
    }
    throw new Error('the notifications consumer never caught up');
  };
  /** A suggestion assigned to the handler, who asks the chair for an extension: two notices. */
  const suggestionWithExtension = async () => {
    const { engine } = t.app.docket;
    const { id } = await engine.execute({
      workflow: 'suggestion',
      principal: manager,
      command: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'online', category: 'lighting', content: 'The lane is dark', submitter: SUBMITTER },
    });
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: manager, command: { type: 'AssignHandler', principalId: handler.id } });
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: handler, command: { type: 'RequestExtension', days: 5, reason: `Call ${SUBMITTER.contact} again` } });
    await outbox();
    return id;
  };
  const deliveries = async () =>
    (await sql<{ id: string; channel: string; recipient: string; status: string; attempts: number }>`
      SELECT id, channel, recipient, status, attempts FROM notification_deliveries ORDER BY id`.execute(db())).rows;
  const mailTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    smtp = await smtpSink();
    hook = await httpSink();
    email = smtpChannel(smtp.url, 'Docket <docket@example.org>', t.clock);
    consumer = new ConsumerRunner(db(), notificationsConsumer, { clock: t.clock });
    manager = await person('Manager', ['suggestion_manager'], { email: 'manager@example.org' });
    handler = await person('Handler', ['handler'], { email: 'handler@example.org' });
    chairEn = await person('Chair EN', ['chair', 'committee'], { email: 'chair.en@example.org', locale: 'en' });
    chairZh = await person('Chair ZH', ['chair'], { email: 'chair.zh@example.org' });
    office = await person('Office', ['office'], { email: 'office@example.org' });
    await person('Chair without address', ['chair']);
    const revoked = await person('Former chair', ['chair'], { email: 'former@example.org' });
    expect((await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${revoked.id}` })).statusCode).toBe(200);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.stop();
    smtp.mails.splice(0);
    hook.posts.splice(0);
    smtp.failNext(0);
    hook.failNext(0);
    await sql`DELETE FROM notification_deliveries`.execute(db());
  });
  afterAll(async () => {
    email.close();
    await smtp.close();
    await hook.close();
    await t.close();
  });

  it('reaches the audience only, each in their language, with a link and no personal data, once', async () => {
    const id = await suggestionWithExtension();
    const delivery = worker();
    expect(await delivery.runOnce()).toEqual({ dispatched: 2, delivered: 5 });

    // principal:handler → the handler; role:chair → the two chairs with an address, not the revoked one.
    expect(smtp.mails.map((m) => m.to).flat().sort()).toEqual(['chair.en@example.org', 'chair.zh@example.org', 'handler@example.org']);
    for (const outsider of ['office@example.org', 'manager@example.org', 'former@example.org']) expect(mailTo(outsider)).toEqual([]);
    const [toHandler] = mailTo('handler@example.org');
    expect(toHandler?.raw).toContain('Subject: =?UTF-8?'); // Chinese subject, encoded
    const handlerDelivery = (await deliveries()).find((d) => d.channel === 'email' && d.recipient === handler.id);
    expect(handlerDelivery?.id).toMatch(/^\d+\.email\.p\./);
    expect(toHandler?.raw.replace(/\r\n\s+/g, ' ')).toContain(`Message-ID: <${handlerDelivery?.id}@example.org>`);
    expect(bodyOf(toHandler?.raw)).toContain(`意见建议 ${id} 已分派给您`);
    expect(bodyOf(toHandler?.raw)).toContain(`${PUBLIC_URL}/console/#/i/suggestion/${id}`);
    expect(bodyOf(mailTo('chair.en@example.org')[0]?.raw)).toContain(`An extension of 5 days was requested for suggestion ${id}`);
    expect(bodyOf(mailTo('chair.zh@example.org')[0]?.raw)).toContain(`意见建议 ${id} 申请延期 5 天`);

    // One webhook POST per notice and audience, in the webhook's language.
    expect(hook.posts.map((p) => p.body.audience).sort()).toEqual([`principal:${handler.id}`, 'role:chair']);
    const chairPost = hook.posts.find((p) => p.body.audience === 'role:chair');
    expect(chairPost?.body).toMatchObject({ workflow: 'suggestion', instanceId: id, event: 'ExtensionRequested', locale: 'zh-CN', link: `${PUBLIC_URL}/console/#/i/suggestion/${id}` });
    expect(chairPost?.headers['x-docket-delivery-id']).toBe(chairPost?.body.id);
    expect(String(chairPost?.body.noticeId)).toMatch(/^\d+:role:chair$/);

    // Nothing a recipient may not see: not the submitter, not the handler's free-text reason.
    const everything = [...smtp.mails.map((m) => bodyOf(m.raw) + m.raw), ...hook.posts.map((p) => JSON.stringify(p.body))].join('\n');
    for (const secret of [SUBMITTER.contact, SUBMITTER.name, 'The lane is dark', 'Call']) expect(everything).not.toContain(secret);

    // Sent once: another round (and another server) finds nothing to do.
    expect(await delivery.runOnce()).toEqual({ dispatched: 0, delivered: 0 });
    expect(await worker().runOnce()).toEqual({ dispatched: 0, delivered: 0 });
    expect(smtp.mails).toHaveLength(3);
    expect(hook.posts).toHaveLength(2);
    expect((await deliveries()).every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true);
    const delivered = await sql<{ n: string }>`SELECT count(*) AS n FROM notifications WHERE instance_id = ${id} AND delivered_at IS NOT NULL`.execute(db());
    expect(Number(delivered.rows[0]?.n)).toBe(2);
  });

  it('retries with exponential backoff while the sinks fail, then delivers each once: nothing lost', async () => {
    smtp.failNext(2 * 3); // three e-mails, each refused twice
    hook.failNext(2 * 2); // two posts, each refused twice
    await suggestionWithExtension();
    const delivery = worker({ maxAttempts: 5, backoffMs: 60_000 });
    expect(await delivery.runOnce()).toMatchObject({ delivered: 5 });
    expect(smtp.mails).toHaveLength(0);
    expect(hook.posts).toHaveLength(0);
    expect((await deliveries()).every((d) => d.status === 'pending' && d.attempts === 1)).toBe(true);

    expect(await delivery.deliver()).toBe(0); // not due before the backoff
    t.clock.advanceMs(60_000);
    expect(await delivery.deliver()).toBe(5); // second attempt, refused again
    t.clock.advanceMs(60_000);
    expect(await delivery.deliver()).toBe(0); // the next wait doubled: 120 s
    t.clock.advanceMs(60_000);
    expect(await delivery.deliver()).toBe(5);
    expect(smtp.mails).toHaveLength(3);
    expect(hook.posts).toHaveLength(2);
    expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual(Array(5).fill(['sent', 3]));
    expect(delivery.stats).toMatchObject({ sent: 5, retried: 10, failed: 0 });
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('dead-letters after the last attempt, shows it to the admin and in /metrics, and sends it again on request', async () => {
    smtp.failForever();
    await suggestionWithExtension();
    const delivery = worker({ maxAttempts: 2, backoffMs: 1_000 });
    registerDeliveryMetrics(t.app.docket.metrics, db(), delivery.stats);
    await delivery.runOnce();
    t.clock.advanceMs(1_000);
    await delivery.deliver();
    const failed = await t.as(t.admin, { method: 'GET', url: '/admin/notifications?status=failed' });
    expect(failed.statusCode).toBe(200);
    const items = failed.json().items as { id: string; channel: string; attempts: number; lastError: string; recipient: { id: string; name: string } }[];
    expect(items).toHaveLength(3);
    expect(items.every((d) => d.channel === 'email' && d.attempts === 2 && d.lastError.includes('451'))).toBe(true);
    expect(items.map((d) => d.recipient.name).sort()).toEqual(['Chair EN', 'Chair ZH', 'Handler']);
    expect(failed.body).not.toContain('@example.org'); // the admin view names principals, not addresses
    expect(hook.posts).toHaveLength(2); // the webhook was not held up

    const metrics = (await t.as(null, { method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^docket_notifications_dead_letters 3$/m);
    expect(metrics).toMatch(/^docket_notifications_failed_total 3$/m);
    expect(metrics).toMatch(/^docket_notifications_sent_total 2$/m);

    smtp.failNext(0);
    const first = items[0]?.id ?? '';
    expect((await t.as(t.admin, { method: 'POST', url: `/admin/notifications/${first}/retry` })).statusCode).toBe(204);
    expect((await t.as(t.admin, { method: 'POST', url: `/admin/notifications/${first}/retry` })).json().code).toBe('not_failed');
    await delivery.deliver();
    expect(smtp.mails).toHaveLength(1);
    const again = await t.as(t.admin, { method: 'GET', url: '/admin/notifications?status=failed' });
    expect(again.json().items).toHaveLength(2);
    expect((await t.as(t.admin, { method: 'POST', url: '/admin/notifications/nope/retry' })).statusCode).toBe(404);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('gives up at once on a permanent refusal', async () => {
    smtp.failForever(true); // 550
    hook.failNext(10, 400);
    await suggestionWithExtension();
    await worker({ maxAttempts: 5 }).runOnce();
    expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual(Array(5).fill(['failed', 1]));
  });

  it('several servers send every notice exactly once', async () => {
    for (let i = 0; i < 4; i++) await suggestionWithExtension();
    const servers = [worker(), worker(), worker()];
    await Promise.all(
      servers.map(async (s) => {
        for (let round = 0; round < 20; round++) {
          const { dispatched, delivered } = await s.runOnce();
          if (dispatched === 0 && delivered === 0) break;
        }
      }),
    );
    expect(smtp.mails).toHaveLength(4 * 3);
    expect(hook.posts).toHaveLength(4 * 2);
    expect(new Set(hook.posts.map((p) => p.body.id)).size).toBe(8);
    const messageIds = smtp.mails.map((m) => /^Message-ID: (<[^>]+>)/im.exec(m.raw.replace(/\r\n\s+/g, ' '))?.[1]);
    expect(messageIds.every((m) => m !== undefined)).toBe(true);
    expect(new Set(messageIds).size).toBe(12);
    expect(servers.reduce((n, s) => n + s.stats.sent, 0)).toBe(20);
  });

  it('speaks the group robots’ text format and retries when a robot answers an error code', async () => {
    hook.answer = '{"errcode":45009,"errmsg":"api freq out of limit"}';
    await suggestionWithExtension();
    const delivery = worker({ format: 'wecom', backoffMs: 1_000 });
    await delivery.runOnce();
    expect((await deliveries()).filter((d) => d.channel === 'webhook').map((d) => d.status)).toEqual(['pending', 'pending']);
    hook.answer = '{"errcode":0,"errmsg":"ok"}';
    hook.posts.splice(0);
    t.clock.advanceMs(1_000);
    await delivery.deliver();
    expect(hook.posts).toHaveLength(2);
    const content = (hook.posts[0]?.body.text as { content: string }).content;
    expect(hook.posts[0]?.body.msgtype).toBe('text');
    expect(content).toMatch(/^【Docket】/);
    expect(content).toContain(`${PUBLIC_URL}/console/#/i/suggestion/`);
    hook.answer = '{"ok":true}';
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('sends nothing to a principal revoked between the fan-out and the sending', async () => {
    const late = await person('Late chair', ['chair'], { email: 'late@example.org' });
    await suggestionWithExtension();
    const delivery = worker();
    await delivery.dispatch();
    expect((await deliveries()).some((d) => d.recipient === late.id)).toBe(true);
    expect((await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${late.id}` })).statusCode).toBe(200);
    await delivery.deliver();
    expect(mailTo('late@example.org')).toEqual([]);
    expect((await deliveries()).find((d) => d.recipient === late.id)?.status).toBe('skipped');
    expect(smtp.mails).toHaveLength(3);
  });

  it('does not send notices about days long past (a log loaded or caught up at once)', async () => {
    const { engine } = t.app.docket;
    const { id } = await engine.execute({
      workflow: 'suggestion',
      principal: manager,
      command: { type: 'RegisterSuggestion', on: '2024-01-02', receivedOn: '2024-01-02', channel: 'online', category: 'lighting', content: 'Dark', anonymous: true },
    });
    await engine.execute({ workflow: 'suggestion', instanceId: id, principal: manager, command: { type: 'AssignHandler', on: '2024-01-03', principalId: handler.id } });
    await outbox();
    expect(await worker().runOnce()).toEqual({ dispatched: 1, delivered: 0 });
    expect(smtp.mails).toEqual([]);
    expect(hook.posts).toEqual([]);
  });

  it('lists deliveries for the admin only, and validates its query', async () => {
    expect((await t.as(chairEn, { method: 'GET', url: '/admin/notifications' })).statusCode).toBe(403);
    expect((await t.as(office, { method: 'GET', url: '/admin/notifications?status=failed' })).statusCode).toBe(403);
    expect((await t.as(t.admin, { method: 'GET', url: '/admin/notifications?status=lost' })).statusCode).toBe(400);
    expect((await t.as(t.admin, { method: 'GET', url: '/admin/notifications?cursor=bad' })).statusCode).toBe(400);
    expect(chairZh.id).not.toBe(chairEn.id);
  });
});
