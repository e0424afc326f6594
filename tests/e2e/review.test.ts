import { readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import type { TestItem } from './feed-server.js';
import { pollWith, watch, type WatchedFolder } from './history-fixture.js';
import { CAP_600K, CAP_800K, emlFiles, RESTATEMENT } from './mail-fixtures.js';

/** The 800,000 sentence again, carried by another report: the same statement. */
const retold = (guid: string): TestItem => ({ ...CAP_800K, guid, title: `Wire copy ${guid}` });

describe('review mode', () => {
  let folder: WatchedFolder;
  const cli = (...args: string[]) => runCli([...args, '--config', folder.config]);
  const json = async (...args: string[]) => JSON.parse((await cli(...args, '--json')).stdout);
  const armyCap = async () => (await json('show', 'united-states')).parties[0].positions;
  const pending = async (): Promise<{ id: string; after: { detail: { numbers: number[] } } }[]> => (await json('review')).proposals;
  const mails = async (): Promise<ParsedMail[]> =>
    Promise.all(emlFiles(folder.dir).sort().map((file) => simpleParser(readFileSync(path.join(folder.dir, 'outbox', file)))));

  beforeAll(async () => {
    folder = await watch([[CAP_600K, RESTATEMENT]], { review: true });
  });
  afterAll(() => folder.server.close());

  it('records a change as proposed: its alert says so, the snapshots and the history wait', async () => {
    const [proposal, ...others] = await pending();
    expect(others).toEqual([]);
    expect(proposal).toMatchObject({ party: 'united-states', issue: 'military.army-cap', kind: 'new', after: { stance: 'support', detail: { numbers: [600000] } } });
    expect(await armyCap()).toEqual([]);
    expect((await json('diff')).changes).toEqual([]);
    // The restatement of a known position still counts as corroboration.
    const russia = (await json('show', 'russia')).parties[0].positions;
    expect(russia.find((known: { issue: string }) => known.issue === 'territory.ukrainian-withdrawal').sources).toBe(2);

    const [alert, ...more] = await mails();
    expect(more).toEqual([]);
    expect(alert!.subject).toBe('[talkwatch] proposed: United States · military.army-cap: none ⇒ support · single source');
    expect(alert!.text).toContain(`talkwatch accept ${proposal!.id}`);
    expect(alert!.html).toContain('Proposed: not in the snapshots until accepted');

    const listed = await cli('review');
    expect(listed.stdout).toMatch(/^1 proposed change\(s\), oldest first\n\n.+ new {2}United States · military\.army-cap/);
    expect(listed.stdout).toContain(`talkwatch accept ${proposal!.id}`);
  });

  it('accept applies it to the snapshots and the history, under the id its alert had, and mails nothing more', async () => {
    const [proposal] = await pending();
    const accepted = await cli('accept', proposal!.id);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toBe(`accepted ${proposal!.id}: united-states military.army-cap is now support\n`);
    expect(await armyCap()).toMatchObject([{ issue: 'military.army-cap', stance: 'support', detail: { numbers: [600000] }, changeId: proposal!.id }]);
    const [change] = (await json('diff', 'united-states')).changes;
    expect(change).toMatchObject({ id: proposal!.id, kind: 'new', before: null, proposedAt: expect.any(String) });
    expect(await pending()).toEqual([]);

    const again = await cli('accept', proposal!.id);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('was accepted already');
    await pollWith(folder.server, folder.config, [CAP_600K, RESTATEMENT]);
    expect(await mails()).toHaveLength(1);
  });

  it('reject drops a proposal; the same statement from another report is proposed again, unless rejected as noise', async () => {
    const first = await pollWith(folder.server, folder.config, [CAP_600K, CAP_800K]);
    expect(first).toMatch(/review: 1 proposed/);
    const [detail] = await pending();
    expect(detail!.after.detail.numbers).toEqual([800000]);
    expect((await cli('reject', detail!.id)).code).toBe(0);
    expect(await pending()).toEqual([]);
    expect((await armyCap())[0].detail.numbers).toEqual([600000]);

    await pollWith(folder.server, folder.config, [CAP_600K, CAP_800K, retold('retold-1')]);
    const [again] = await pending();
    expect(again!.id).not.toBe(detail!.id);
    const noise = await cli('reject', again!.id, '--noise');
    expect(noise.stdout).toBe(`rejected ${again!.id} as noise: the same statement will not be proposed again\n`);

    const later = await pollWith(folder.server, folder.config, [CAP_600K, CAP_800K, retold('retold-1'), retold('retold-2')]);
    expect(later).not.toMatch(/proposed/);
    expect(await pending()).toEqual([]);
    expect((await armyCap())[0].detail.numbers).toEqual([600000]);
    const subjects = (await mails()).map((mail) => mail.subject);
    expect(subjects).toEqual([
      '[talkwatch] proposed: United States · military.army-cap: none ⇒ support · single source',
      '[talkwatch] proposed: United States · military.army-cap: support: 600,000 ⇒ 800,000 · single source',
      '[talkwatch] proposed: United States · military.army-cap: support: 600,000 ⇒ 800,000 · single source',
    ]);
  });

  it('unknown ids are usage errors, and without review mode the commands say how to turn it on', async () => {
    expect((await cli('accept', 'c000000000000000')).code).toBe(2);
    const plain = await watch([]);
    const off = await runCli(['review', '--config', plain.config]);
    expect(off.code).toBe(2);
    expect(off.stderr).toContain('review mode is off: set "review": true in');
    await plain.server.close();
  });
});
