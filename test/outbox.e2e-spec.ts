import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { OutboxService } from '@app/mail';
import type { OutboundEmail } from '@app/mail';
import { JobsService, QueueName } from '@app/queue';
import { MailTestStack, SmtpSink, TestApp, createAgency, createMailTestStack, eventually, waitForIdleQueues, waitForJobToFinish, waitForNextRun } from '@app/testing';

/** The outbox under faults: lost jobs, a refusing SMTP server, repeated jobs. */
describe('Email outbox delivery', () => {
  let stack: MailTestStack;
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    stack = await createMailTestStack({ OUTBOX_SWEEP_SECONDS: '1' });
    ({ t, sink } = stack);
  });
  afterAll(() => stack.close());

  async function owe(to: string, dispatch: boolean, row: { id?: string; sendAfter?: Date } = {}): Promise<OutboundEmail> {
    const agency = await createAgency(t.dataSource);
    const outbox = t.app.get(OutboxService);
    const email = await t.dataSource.transaction((manager) =>
      outbox.add(manager, {
        ...row,
        agencyId: agency.id,
        kind: 'staff-invitation',
        to,
        template: 'staff-invitation',
        branding: { agencyName: agency.name },
        data: { name: 'Sam', inviterName: 'Alex', role: 'ANALYST', link: 'http://x/y', expiresAt: 'soon' },
      }),
    );
    if (dispatch) await outbox.dispatch([email]);
    return email;
  }

  async function statusOf(id: string): Promise<{ status: string; attempts: number; last_error: string | null }> {
    const [row] = await t.dataSource.query(`SELECT status, attempts, last_error FROM outbound_emails WHERE id = $1`, [id]);
    return row;
  }

  async function makeDue(id: string): Promise<void> {
    await t.dataSource.query(`UPDATE outbound_emails SET send_after = now() WHERE id = $1`, [id]);
  }

  async function waitForStatus(id: string, status: string): Promise<void> {
    await eventually(async () => expect(await statusOf(id)).toMatchObject({ status }), `email ${id} to be ${status}`);
  }

  it('delivers a row whose job was never queued (as after a Redis flush), through the sweep', async () => {
    const to = `lost-${Date.now()}@test.example`;
    const email = await owe(to, false);
    const [mail] = await sink.waitFor(to);
    expect(mail.parsed.messageId).toBe(email.messageId);
    await waitForStatus(email.id, 'SENT');
  });

  it('keeps no content of a message once it is sent or refused for good (its personal links with it), only what delivery counts, bounces and complaints need', async () => {
    const sent = await owe(`kept-${Date.now()}@test.example`, true);
    expect(sent.htmlBody).toContain('http://x/y');
    await sink.waitFor(sent.toAddress);
    await waitForStatus(sent.id, 'SENT');
    sink.refuseWith = { code: 550, message: 'Mailbox unavailable' };
    const refused = await owe(`refused-${Date.now()}@test.example`, true);
    await waitForStatus(refused.id, 'FAILED');
    sink.refuseWith = null;
    const rows = await t.dataSource.query(
      `SELECT id, subject, message_id, to_address, html_body, text_body, attachments, headers, reply_to FROM outbound_emails WHERE id = ANY($1) ORDER BY status DESC`,
      [[sent.id, refused.id]],
    );
    for (const [row, email] of [[rows[0], sent], [rows[1], refused]] as const) {
      expect(row).toEqual({ id: email.id, subject: email.subject, message_id: email.messageId, to_address: email.toAddress, html_body: '', text_body: '', attachments: [], headers: {}, reply_to: null });
    }
  });

  it("writes a mailing's rows without their bodies and sends each rendered as a single row's would be, keeping nothing to render once sent", async () => {
    const agency = await createAgency(t.dataSource);
    const outbox = t.app.get(OutboxService);
    const request = (to: string, data: Record<string, unknown> = {}) => ({
      agencyId: agency.id,
      kind: 'staff-invitation',
      to,
      template: 'staff-invitation',
      language: 'es' as const,
      branding: { agencyName: agency.name },
      data: { name: 'Sam', inviterName: 'Alex', role: 'ANALYST', link: `http://x/${to}`, expiresAt: 'soon', ...data },
    });
    const stamp = Date.now();
    const single = await t.dataSource.transaction((manager) => outbox.add(manager, request(`single-${stamp}@test.example`)));
    const many = await t.dataSource.transaction((manager) => outbox.addMany(manager, [request(`many-a-${stamp}@test.example`), request(`many-b-${stamp}@test.example`)]));
    const [written] = await t.dataSource.query(`SELECT subject, html_body, text_body, bodies_to_render IS NOT NULL AS deferred FROM outbound_emails WHERE id = $1`, [many[0].id]);
    expect(written).toEqual({ subject: single.subject, html_body: '', text_body: '', deferred: true });

    await outbox.dispatch([single, ...many]);
    const [one] = await sink.waitFor(single.toAddress);
    const [other] = await sink.waitFor(`many-a-${stamp}@test.example`);
    expect(other.parsed.subject).toBe(one.parsed.subject);
    // The same template, language and data but the link: the same bodies but the link.
    expect(other.parsed.html).toBe((one.parsed.html as string).split(`http://x/single-${stamp}@test.example`).join(`http://x/many-a-${stamp}@test.example`));
    expect(other.parsed.text).toBe(one.parsed.text!.split(`http://x/single-${stamp}@test.example`).join(`http://x/many-a-${stamp}@test.example`));
    expect(other.parsed.html).toContain('lang="es"');
    await waitForStatus(many[0].id, 'SENT');
    const [sent] = await t.dataSource.query(`SELECT html_body, bodies_to_render FROM outbound_emails WHERE id = $1`, [many[0].id]);
    expect(sent).toEqual({ html_body: '', bodies_to_render: null });

    // A field left undefined renders empty at send time as at write time (the templates are strict about absent fields).
    const blank = (to: string) => request(to, { link: undefined });
    const blankSingle = await t.dataSource.transaction((manager) => outbox.add(manager, blank(`blank-single-${stamp}@test.example`)));
    const [blankMany] = await t.dataSource.transaction((manager) => outbox.addMany(manager, [blank(`blank-many-${stamp}@test.example`)]));
    await outbox.dispatch([blankSingle, blankMany]);
    const [blankOne] = await sink.waitFor(blankSingle.toAddress);
    const [blankOther] = await sink.waitFor(`blank-many-${stamp}@test.example`);
    expect(blankOther.parsed.html).toBe(blankOne.parsed.html);
  });

  it('refuses for good, without retrying, a mailing row whose bodies cannot be rendered', async () => {
    const agency = await createAgency(t.dataSource);
    const outbox = t.app.get(OutboxService);
    const to = `unrenderable-${Date.now()}@test.example`;
    // The subject renders at write time; the body needs a link this row lacks.
    const [email] = await t.dataSource.transaction((manager) =>
      outbox.addMany(manager, [{ agencyId: agency.id, kind: 'staff-invitation', to, template: 'staff-invitation', branding: { agencyName: agency.name }, data: { name: 'Sam', inviterName: 'Alex', role: 'ANALYST', expiresAt: 'soon' } }]),
    );
    await outbox.dispatch([email]);
    await waitForStatus(email.id, 'FAILED');
    expect(await statusOf(email.id)).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/^Could not render the message: .*link/) });
    expect(sink.to(to)).toHaveLength(0);
  });

  it('retries while the server refuses for a while (4xx), then delivers exactly once with the same Message-ID', async () => {
    const to = `busy-${Date.now()}@test.example`;
    sink.refuseWith = { code: 451, message: 'Try again later' };
    const email = await owe(to, true);
    await eventually(async () => expect((await statusOf(email.id)).attempts).toBeGreaterThanOrEqual(2), 'a second attempt');
    expect((await statusOf(email.id)).last_error).toContain('451');
    sink.refuseWith = null;
    await waitForStatus(email.id, 'SENT');
    // A sweep runs after the row is sent, and whatever it queued has run: it must not resend.
    await waitForNextRun(stack.worker, 'outbox.sweep');
    await waitForIdleQueues(stack.worker);
    const received = sink.to(to);
    expect(received).toHaveLength(1);
    expect(received[0].parsed.messageId).toBe(email.messageId);
  });

  it('marks a permanent refusal (5xx) as failed with the reason, and does not retry', async () => {
    const to = `gone-${Date.now()}@test.example`;
    sink.refuseWith = { code: 550, message: 'Mailbox unavailable' };
    const email = await owe(to, true);
    await waitForStatus(email.id, 'FAILED');
    sink.refuseWith = null;
    // Its job has ended (not parked for a retry), and a sweep has run since without queuing it again.
    await waitForJobToFinish(stack.worker, 'mail.send', email.id);
    await waitForNextRun(stack.worker, 'outbox.sweep');
    await waitForIdleQueues(stack.worker);
    const row = await statusOf(email.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row.last_error).toContain('Mailbox unavailable');
    expect(sink.to(to)).toHaveLength(0);
  });

  it('never sends a row recorded as sent again, even if its job is queued again', async () => {
    const to = `once-${Date.now()}@test.example`;
    const email = await owe(to, true);
    await waitForStatus(email.id, 'SENT');
    const again = await t.app.get(JobsService).enqueue('mail.send', { emailId: email.id }, { jobId: `${email.id}-again` });
    // The worker has run the job (a send would have reached the sink before it completed).
    await waitForJobToFinish(stack.worker, 'mail.send', again.id!);
    expect(await again.getState()).toBe('completed');
    expect(sink.to(to)).toHaveLength(1);
  });

  /** The job that would carry this row, as BullMQ stores it under the row's id. */
  function jobKey(id: string): string {
    return `${t.config.REDIS_PREFIX}:${QueueName.MAIL}:${id}`;
  }

  async function withRedis<T>(use: (redis: Redis) => Promise<T>): Promise<T> {
    const redis = new Redis(t.config.REDIS_URL);
    try {
      return await use(redis);
    } finally {
      redis.disconnect();
    }
  }

  it('delivers a row whose job id holds only a partial hash (a stray write from an in-flight worker after a flush)', async () => {
    const to = `partial-${Date.now()}@test.example`;
    const id = randomUUID();
    // What BullMQ's moveToActive writes into a job key a flush emptied: no name, no data.
    await withRedis((redis) => redis.hset(jobKey(id), 'processedOn', Date.now(), 'ats', 1));
    const email = await owe(to, false, { id });
    const [mail] = await sink.waitFor(to);
    expect(mail.parsed.messageId).toBe(email.messageId);
    await waitForStatus(email.id, 'SENT');
    expect(await withRedis((redis) => redis.hget(jobKey(id), 'name'))).toBe('mail.send');
  });

  it('delivers a row whose job ended in the failed set while the row is still owed', async () => {
    const to = `failed-job-${Date.now()}@test.example`;
    sink.refuseWith = { code: 451, message: 'Try again later' };
    // Not yet due, so no sweep queues it before this test's own job does.
    const email = await owe(to, false, { sendAfter: new Date(Date.now() + 3_600_000) });
    const queue = t.app.get(JobsService).queue(QueueName.MAIL);
    await queue.add('mail.send', { emailId: email.id }, { jobId: email.id, attempts: 1 });
    await eventually(async () => expect(await queue.getJobState(email.id)).toBe('failed'), 'the job to fail');
    expect(await queue.getJobState(email.id)).toBe('failed');
    expect((await statusOf(email.id)).status).toBe('PENDING');
    sink.refuseWith = null;
    await makeDue(email.id);
    const [mail] = await sink.waitFor(to);
    expect(mail.parsed.messageId).toBe(email.messageId);
    await waitForStatus(email.id, 'SENT');
  });

  it('delivers a row whose job hash is whole but sits in no list or set (nothing would ever run it)', async () => {
    const to = `orphan-${Date.now()}@test.example`;
    const email = await owe(to, false, { sendAfter: new Date(Date.now() + 3_600_000) });
    const queue = t.app.get(JobsService).queue(QueueName.MAIL);
    // Parked far in the future, then its delayed entry lost (as a partial flush would).
    await queue.add('mail.send', { emailId: email.id }, { jobId: email.id, delay: 30 * 24 * 3_600_000 });
    await withRedis((redis) => redis.zrem(`${t.config.REDIS_PREFIX}:${QueueName.MAIL}:delayed`, email.id));
    await makeDue(email.id);
    const [mail] = await sink.waitFor(to);
    expect(mail.parsed.messageId).toBe(email.messageId);
  });
});
