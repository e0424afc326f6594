import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SAMPLE_FEEDS, SAMPLE_STAGES, SampleFeedServer } from '../../demo/sample-server.js';
import { pollCycle } from '../../pipeline/poll-cycle.js';
import { loadRuntime } from '../load-runtime.js';
import { cycleExitCode, summarise } from './poll.js';

/**
 * `talkwatch demo`: the real pipeline, offline. Sample feeds are served from 127.0.0.1 in three
 * stages (restatements only; new positions; a changed number and a flipped stance), polled
 * into a temporary data folder whose snapshots, history and .eml alerts a user can then open.
 */
export async function demoCommand(logLevel: string): Promise<number> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'talkwatch-demo-'));
  const server = await SampleFeedServer.start();
  try {
    const configFile = path.join(dataDir, 'feeds.json');
    writeFileSync(configFile, `${JSON.stringify(demoConfig(server.origin), null, 2)}\n`);
    // The demo always writes .eml files: it must never mail anyone, whatever SMTP_URL says.
    const runtime = { ...loadRuntime({ config: configFile, logLevel }), smtpUrl: undefined };
    let exitCode = 0;
    for (let stage = 1; stage <= SAMPLE_STAGES; stage++) {
      server.stage = stage;
      process.stdout.write(`\n== poll ${stage} of ${SAMPLE_STAGES} ==\n`);
      const report = await pollCycle(runtime, runtime.config.feeds);
      process.stdout.write(summarise(report));
      exitCode = Math.max(exitCode, cycleExitCode(report));
    }
    const outbox = path.join(dataDir, 'outbox');
    const mails = readdirSync(outbox).filter((file) => file.endsWith('.eml'));
    process.stdout.write(
      [
        '',
        `data folder: ${dataDir}`,
        `snapshots:   ${path.join(dataDir, 'snapshots')}  (one file per party; history/ has every change with its evidence)`,
        `e-mails:     ${mails.length} in ${outbox}`,
        ...mails.map((mail) => `             ${mail}`),
        '',
        'Look further with:',
        `  npx talkwatch diff --config ${configFile}`,
        `  npx talkwatch show --config ${configFile}`,
        '',
      ].join('\n'),
    );
    return exitCode;
  } finally {
    await server.close();
  }
}

function demoConfig(origin: string): object {
  return {
    schedule: '*/15 * * * *',
    timezone: 'UTC',
    email: { from: 'talkwatch-demo@localhost', to: 'analyst@localhost', mode: 'immediate' },
    feeds: SAMPLE_FEEDS.map((feed) => ({ name: feed.name, url: `${origin}/${feed.file}` })),
  };
}
