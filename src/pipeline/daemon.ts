import cron, { type ScheduledTask } from 'node-cron';
import type { FeedConfig } from '../config/config.js';
import { writeReport } from '../report/write-report.js';
import { runDigest } from './digest.js';
import { pollCycle } from './poll-cycle.js';
import type { Runtime } from './runtime.js';

/** How long a stop request waits for the running cycle before abandoning it (every write is atomic, so abandoning is safe). */
const STOP_GRACE_MS = 20_000;

/**
 * `talkwatch run`: polls on the configured schedules, one cycle at a time. Feeds whose
 * schedules fire while a cycle runs are polled by the next cycle, not by a second one at once.
 * In `digest` and `both` mail modes the digest runs on its own schedule, in the same queue of
 * work, so it never writes the outbox while a cycle does. Resolves when stopped by SIGINT / SIGTERM.
 */
export async function runDaemon(runtime: Runtime): Promise<void> {
  const { config, logger } = runtime;
  const enabled = config.feeds.filter((feed) => feed.enabled);
  const due = new Map<string, FeedConfig>();
  const abort = new AbortController();
  let digestDue = false;
  let stopping = false;
  let running: Promise<void> | undefined;

  const runDueWork = async (): Promise<void> => {
    while ((due.size > 0 || digestDue) && !stopping) {
      if (due.size > 0) {
        const feeds = [...due.values()];
        due.clear();
        try {
          const report = await pollCycle(runtime, feeds, abort.signal);
          logger.info({ feeds: report.feeds.length, changes: report.changes.length }, `cycle done: ${report.changes.length} position change(s)`);
          if (report.changes.length > 0) refreshReport(runtime);
        } catch (error) {
          // A cycle that fails as a whole (a disk error, say) is logged; the daemon polls again on the next trigger.
          logger.error({ err: error }, `cycle failed: ${(error as Error).message}`);
        }
      }
      if (digestDue && !stopping) {
        digestDue = false;
        try {
          const { digest } = await runDigest(runtime, false);
          logger.info(digest ? `digest queued: ${digest.subject}` : 'digest: no change since the last one, nothing sent');
        } catch (error) {
          logger.error({ err: error }, `digest failed: ${(error as Error).message}`);
        }
      }
    }
  };
  const work = (): void => {
    running ??= runDueWork().finally(() => {
      running = undefined;
    });
  };
  const trigger = (feeds: FeedConfig[]): void => {
    for (const feed of feeds) due.set(feed.name, feed);
    work();
  };
  const triggerDigest = (): void => {
    digestDue = true;
    work();
  };

  const tasks: ScheduledTask[] = [...groupBySchedule(enabled, config.schedule)].map(([schedule, feeds]) =>
    cron.schedule(schedule, () => trigger(feeds), { timezone: config.timezone, name: `poll ${schedule}` }),
  );
  if (config.email.mode !== 'immediate') {
    tasks.push(cron.schedule(config.email.digestSchedule, triggerDigest, { timezone: config.timezone, name: 'digest' }));
  }
  logger.info({ feeds: enabled.length, schedule: config.schedule, timezone: config.timezone }, `talkwatch running: ${enabled.length} feeds`);
  trigger(enabled);

  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info(`${signal} received: stopping after the current cycle`);
      stopping = true;
      for (const task of tasks) void task.destroy();
      const forced = setTimeout(() => abort.abort(), STOP_GRACE_MS);
      void Promise.resolve(running).finally(() => {
        clearTimeout(forced);
        abort.abort();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  logger.info('talkwatch stopped');
}

/** The HTML report follows the snapshots; one that cannot be written is logged and leaves the monitor running. */
function refreshReport(runtime: Runtime): void {
  try {
    const file = writeReport(runtime.dataDir, runtime.taxonomy);
    runtime.logger.info({ report: file }, `report refreshed: ${file}`);
  } catch (error) {
    runtime.logger.error({ err: error }, `report not refreshed: ${(error as Error).message}`);
  }
}

function groupBySchedule(feeds: FeedConfig[], globalSchedule: string): Map<string, FeedConfig[]> {
  const groups = new Map<string, FeedConfig[]>();
  for (const feed of feeds) {
    const schedule = feed.schedule ?? globalSchedule;
    groups.set(schedule, [...(groups.get(schedule) ?? []), feed]);
  }
  return groups;
}
