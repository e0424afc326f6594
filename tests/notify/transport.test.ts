import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { composeAlert } from '../../src/notify/alert.js';
import { deliverDue, retryAt } from '../../src/notify/deliver.js';
import { pendingEntry, readOutbox, startingOutbox, writeOutbox } from '../../src/notify/outbox.js';
import { MailDeliveryError, redact } from '../../src/notify/smtp-error.js';
import { createMailTransport, type MailTransport } from '../../src/notify/transport.js';
import { MailServer } from '../e2e/mail-server.js';
import { change, evidence, WORDING } from './fixtures.js';

const ENVELOPE = { from: 'talkwatch@example.org', to: ['analyst@example.org'] };
const alert = composeAlert({ change: change(), evidence: [evidence()], sources: 1, earlier: ['c-earlier'] }, WORDING);

let servers: MailServer[] = [];
let transports: MailTransport[] = [];
async function server(options?: Parameters<typeof MailServer.start>[0]): Promise<MailServer> {
  const started = await MailServer.start(options);
  servers.push(started);
  return started;
}
function transport(url: string): MailTransport {
  const created = createMailTransport(url, '/nonexistent');
  transports.push(created);
  return created;
}
afterEach(async () => {
  for (const created of transports) created.close();
  await Promise.all(servers.map((started) => started.close()));
  servers = [];
  transports = [];
});

async function failure(promise: Promise<unknown>): Promise<MailDeliveryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MailDeliveryError);
  return error as MailDeliveryError;
}

describe('the SMTP transport', () => {
  it('delivers with a Message-ID in the sender\'s domain, threading headers and the change id', async () => {
    const smtp = await server({ auth: { user: 'watch', pass: 'p@ss word' } });
    const deliveredTo = await transport(smtp.url()).deliver(alert, ENVELOPE);
    expect(deliveredTo).toMatch(new RegExp(`^SMTP 127\\.0\\.0\\.1:${smtp.port} \\(250`));
    const [mail] = smtp.received;
    expect(mail?.rcptTo).toEqual(['analyst@example.org']);
    expect(mail?.parsed.messageId).toBe('<c000000000000001@example.org>');
    expect(mail?.parsed.inReplyTo).toBe('<c-earlier@example.org>');
    expect(mail?.parsed.references).toEqual(['<position.united-states.military.army-cap@example.org>', '<c-earlier@example.org>']);
    expect(mail?.parsed.headers.get('x-talkwatch-change')).toBe('c000000000000001');
    expect(mail?.parsed.text).toContain('Before:');
    expect(mail?.parsed.html).toContain('<table');
  });

  it('says what failed: a refused connection, a refused login, a deferred message', async () => {
    const closed = await MailServer.start();
    const port = closed.port;
    await closed.close();
    const refused = await failure(transport(`smtp://127.0.0.1:${port}`).deliver(alert, ENVELOPE));
    expect(refused.message).toBe(`cannot connect to 127.0.0.1:${port} (connection refused)`);
    expect(refused.scope).toBe('server');

    const guarded = await server({ auth: { user: 'watch', pass: 'right' } });
    const login = await failure(transport(guarded.url({ user: 'watch', pass: 'wrong-secret' })).verify());
    expect(login.message).toBe(`127.0.0.1:${guarded.port} refused the login: 535 Invalid username or password`);

    const deferring = await server();
    deferring.mode = 'defer';
    const deferred = await failure(transport(deferring.url()).deliver(alert, ENVELOPE));
    expect(deferred.message).toBe(`127.0.0.1:${deferring.port} refused the message after DATA: 451 Try again later`);
    expect(deferred.scope).toBe('message');
  });

  it('reports a server that never answers as a timeout', async () => {
    const mute = await server();
    mute.mode = 'hang';
    const timedOut = await failure(transport(`${mute.url()}/?socketTimeout=200`).deliver(alert, ENVELOPE));
    expect(timedOut.message).toBe(`127.0.0.1:${mute.port} did not answer in time (timeout)`);
  });

  it('speaks TLS from the start with smtps://, and says why a certificate is refused', async () => {
    const tls = await server({ secure: true, auth: { user: 'watch', pass: 'secret' } });
    await expect(transport(tls.url()).verify()).resolves.toBe('connected, EHLO answered, login accepted');
    const strict = await failure(transport(`smtps://watch:secret@127.0.0.1:${tls.port}`).verify());
    expect(strict.message).toMatch(new RegExp(`^TLS with 127\\.0\\.0\\.1:${tls.port} failed: certificate has expired`));
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://, without showing its password', () => {
    expect(() => createMailTransport('https://user:hunter2@mail.example.org', '/tmp')).toThrow(ConfigError);
    expect(() => createMailTransport('https://user:hunter2@mail.example.org', '/tmp')).toThrow(/^SMTP_URL: https:\/\/user:\*\*\*@mail\.example\.org\/: the scheme must be/);
  });

  it('never lets a password through, as written or URL-encoded', () => {
    expect(redact('server said p@ss word and p%40ss%20word', 'p%40ss%20word')).toBe('server said *** and ***');
  });
});

describe('delivering the outbox', () => {
  it('keeps a failed mail pending with a later attempt, retries it when due, and marks it sent once accepted', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'talkwatch-deliver-'));
    writeOutbox(dataDir, { ...startingOutbox({}), entries: [pendingEntry(alert, '2025-11-21T10:00:00.000Z')] });
    const smtp = await server();
    smtp.mode = 'defer';
    const t0 = new Date('2025-11-21T10:00:00.000Z');
    const after = (ms: number) => () => new Date(t0.getTime() + ms);
    const mail = transport(smtp.url());

    const [failed] = await deliverDue(dataDir, mail, ENVELOPE, 300_000, after(0));
    expect(failed).toMatchObject({ id: alert.id, error: expect.stringContaining('451'), nextAttemptAt: '2025-11-21T10:05:00.000Z' });
    expect(readOutbox(dataDir)?.entries[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('451') });

    expect(await deliverDue(dataDir, mail, ENVELOPE, 300_000, after(60_000))).toEqual([]);
    expect(smtp.connections).toBe(1);

    smtp.mode = 'accept';
    const [sent] = await deliverDue(dataDir, mail, ENVELOPE, 300_000, after(301_000));
    expect(sent?.deliveredTo).toContain('250');
    expect(readOutbox(dataDir)?.entries[0]).toMatchObject({ status: 'sent', sentAt: '2025-11-21T10:05:01.000Z' });
    expect(readOutbox(dataDir)?.entries[0]?.mail).toBeUndefined();
    expect(await deliverDue(dataDir, mail, ENVELOPE, 300_000, after(900_000))).toEqual([]);
    expect(smtp.received).toHaveLength(1);
  });

  it('doubles the wait after each failure, up to an hour', () => {
    const t0 = new Date('2025-11-21T10:00:00.000Z');
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => (Date.parse(retryAt(attempts, 300_000, t0)) - t0.getTime()) / 60_000);
    expect(waits).toEqual([5, 10, 20, 40, 60, 60, 60, 60]);
    expect(retryAt(3, 0, t0)).toBe(t0.toISOString());
  });
});
