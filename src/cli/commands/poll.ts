import { pollCycle, type CycleReport } from '../../pipeline/poll-cycle.js';
import { describeMail, mailFailed } from '../../notify/notify.js';
import type { Runtime } from '../../pipeline/runtime.js';
import { lockDataFolder } from '../../state/lock.js';

/** `talkwatch poll`: one cycle over every enabled feed. */
export async function pollCommand(runtime: Runtime): Promise<number> {
  const feeds = runtime.config.feeds.filter((feed) => feed.enabled);
  const unlock = lockDataFolder(runtime.dataDir, 'poll');
  try {
    const report = await pollCycle(runtime, feeds);
    process.stdout.write(summarise(report));
    return cycleExitCode(report);
  } finally {
    unlock();
  }
}

/** A failing feed is not a failing run; every feed failing, or a mail that could not go, is. */
export function cycleExitCode(report: CycleReport): number {
  const allFailed = report.feeds.length > 0 && report.feeds.every((feed) => feed.status === 'failed');
  return allFailed || mailFailed(report.mail) ? 1 : 0;
}

export function summarise(report: CycleReport): string {
  const count = (status: string): number => report.feeds.filter((feed) => feed.status === status).length;
  const newItems = report.feeds.reduce((sum, feed) => sum + feed.newItems, 0);
  const relevant = report.feeds.reduce((sum, feed) => sum + feed.relevantItems, 0);
  const lines = [
    `feeds: ${report.feeds.length} (${count('fresh')} fetched, ${count('not-modified')} unchanged, ${count('failed')} failed, ${count('skipped')} skipped)`,
    `items: ${newItems} new, ${relevant} about the talks`,
    `positions: ${report.changes.length} changed, ${report.restatements} restated`,
    ...report.changes.map((change) => `  ${change.kind.padEnd(8)} ${change.party} ${change.issue}: ${change.before?.stance ?? 'none'} ⇒ ${change.after?.stance ?? 'none'}`),
    ...(report.proposed.length > 0 ? [`review: ${report.proposed.length} proposed (talkwatch review lists them)`] : []),
    ...report.proposed.map((change) => `  proposed ${change.id} ${change.party} ${change.issue}: ${change.before?.stance ?? 'none'} ⇒ ${change.after?.stance ?? 'none'}`),
    ...report.feeds.filter((feed) => feed.status === 'failed').map((feed) => `  failed   ${feed.feed}: ${feed.error}`),
  ];
  lines.push(...describeMail(report.mail));
  return `${lines.join('\n')}\n`;
}
