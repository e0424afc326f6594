import { describeMail, mailFailed } from '../../notify/notify.js';
import { runDigest } from '../../pipeline/digest.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { lockDataFolder } from '../../state/lock.js';

/**
 * `talkwatch digest [--dry-run]`: the digest of every change not yet in one, sent now.
 * `--dry-run` prints it and writes nothing, so it needs no lock on the data folder.
 */
export async function digestCommand(runtime: Runtime, dryRun: boolean): Promise<number> {
  if (dryRun) {
    const { digest } = await runDigest(runtime, true);
    process.stdout.write(digest ? `Subject: ${digest.subject}\n\n${digest.text}\n\n(dry run: nothing sent, nothing marked)\n` : 'no change since the last digest: nothing to send\n');
    return 0;
  }
  const unlock = lockDataFolder(runtime.dataDir, 'digest');
  try {
    const { digest, report } = await runDigest(runtime, false);
    const lines = [digest ? `digest: ${digest.subject}` : 'no change since the last digest: nothing to send', ...describeMail(report)];
    process.stdout.write(`${lines.join('\n')}\n`);
    return mailFailed(report) ? 1 : 0;
  } finally {
    unlock();
  }
}
