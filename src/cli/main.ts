#!/usr/bin/env node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { loadTaxonomy } from '../extract/index.js';
import { DEFAULT_MATCH } from '../relevance/defaults.js';
import { PACKAGE_VERSION } from '../util/package-files.js';
import { loadRuntime, type GlobalOptions } from './load-runtime.js';
import { UsageError } from './usage-error.js';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const program = new Command('talkwatch')
  .description('Watches the Russia–Ukraine peace talks: reads each party\'s positions from news feeds and alerts when one changes.')
  .version(PACKAGE_VERSION)
  .option('--config <path>', 'the config file', './feeds.json')
  .option('--data-dir <dir>', 'where snapshots, state and the outbox live (default: the config file\'s folder)')
  .addOption(new Option('--log-level <level>', 'log level').choices(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'))
  .showHelpAfterError('(talkwatch --help lists the commands)')
  .exitOverride();

let exitCode = 0;
// Each command loads its modules when it runs: a poll every few minutes should not pay for the report, review and demo code.
const globals = (): GlobalOptions => program.opts<GlobalOptions>();

program
  .command('run')
  .description('the daemon: polls on the configured schedule and sends alerts; stops cleanly on SIGINT / SIGTERM')
  .action(async () => {
    const [{ runDaemon }, { lockDataFolder }] = await Promise.all([import('../pipeline/daemon.js'), import('../state/lock.js')]);
    const runtime = loadRuntime(globals());
    const unlock = lockDataFolder(runtime.dataDir, 'run');
    try {
      await runDaemon(runtime);
    } finally {
      unlock();
    }
  });

program
  .command('poll')
  .description('one poll cycle now (the same code path as run), then exit')
  .action(async () => {
    const { pollCommand } = await import('./commands/poll.js');
    exitCode = await pollCommand(loadRuntime(globals()));
  });

program
  .command('extract')
  .description('show the positions found in feed files, article files (HTML or text), URLs or - (stdin); reads no state, writes nothing')
  .argument('<source...>', 'a feed or article file, an http(s) URL, or - for stdin')
  .option('--json', 'print the documented JSON shape')
  .action(async (sources: string[], options: { json?: boolean }) => {
    const { extractCommand } = await import('./commands/extract.js');
    const { match, taxonomy } = configForExtract(globals());
    exitCode = await extractCommand(sources, options.json === true, match, loadTaxonomy(taxonomy));
  });

program
  .command('show')
  .description('the current known positions, per party')
  .argument('[party]', 'one party id (russia, ukraine, united-states, europe, turkey, ...)')
  .option('--at <when>', 'the positions as they stood then: a date (2025-06-03, the end of that day) or a span ago (7d)')
  .option('--json', 'print the documented JSON shape')
  .action(async (party: string | undefined, options: { at?: string; json?: boolean }) => {
    const { showCommand } = await import('./commands/show.js');
    exitCode = showCommand(loadRuntime(globals()), party, { at: options.at, json: options.json === true });
  });

program
  .command('diff')
  .description('the position changes recorded in the snapshots, oldest first, with before / after, a word diff and the evidence')
  .argument('[party]', 'one party id')
  .option('--since <when>', 'a date (2025-06-03) or a span (7d, 24h)')
  .option('--json', 'print the documented JSON shape')
  .action(async (party: string | undefined, options: { since?: string; json?: boolean }) => {
    const { diffCommand } = await import('./commands/diff.js');
    exitCode = diffCommand(loadRuntime(globals()), party, { since: options.since, json: options.json === true });
  });

program
  .command('history')
  .description('every version of one party\'s positions (or of one position), oldest first, with when and why (which report) it changed')
  .argument('<party>', 'one party id')
  .argument('[issue]', 'one issue id (security.nato-membership, military.army-cap, ...)')
  .option('--json', 'print the documented JSON shape')
  .action(async (party: string, issue: string | undefined, options: { json?: boolean }) => {
    const { historyCommand } = await import('./commands/history.js');
    exitCode = historyCommand(loadRuntime(globals()), party, issue, options.json === true);
  });

program
  .command('report')
  .description('write one self-contained HTML page: the parties × issues matrix of current positions, the timeline of changes, and each position\'s history')
  .option('--out <file>', 'where to write it (default: <data-dir>/snapshots/report.html)')
  .action(async (options: { out?: string }) => {
    const { reportCommand } = await import('./commands/report.js');
    exitCode = reportCommand(loadRuntime(globals()), options.out);
  });

program
  .command('review')
  .description('review mode: list the proposed changes waiting for accept or reject')
  .option('--json', 'print the documented JSON shape')
  .action(async (options: { json?: boolean }) => {
    const { reviewCommand } = await import('./commands/review.js');
    exitCode = reviewCommand(loadRuntime(globals()), options.json === true);
  });

program
  .command('accept')
  .description('review mode: apply a proposed change to the snapshots')
  .argument('<id>', 'the change id that talkwatch review shows')
  .action(async (id: string) => {
    const { acceptCommand } = await import('./commands/review.js');
    exitCode = acceptCommand(loadRuntime(globals()), id);
  });

program
  .command('reject')
  .description('review mode: drop a proposed change')
  .argument('<id>', 'the change id that talkwatch review shows')
  .option('--noise', 'never propose the same statement again')
  .action(async (id: string, options: { noise?: boolean }) => {
    const { rejectCommand } = await import('./commands/review.js');
    exitCode = rejectCommand(loadRuntime(globals()), id, options.noise === true);
  });

program
  .command('digest')
  .description('mail the digest of every change not yet in one (grouped by party and issue, with wavering notes and feed health); nothing new, no mail')
  .option('--dry-run', 'print the digest; send nothing, mark nothing')
  .action(async (options: { dryRun?: boolean }) => {
    const { digestCommand } = await import('./commands/digest.js');
    exitCode = await digestCommand(loadRuntime(globals()), options.dryRun === true);
  });

program
  .command('check')
  .description('validate the config, try every feed and the mail transport, and report each as ok or failing')
  .action(async () => {
    const { checkCommand } = await import('./commands/check.js');
    exitCode = await checkCommand(loadRuntime(globals()));
  });

program
  .command('demo')
  .description('run the whole pipeline offline on sample feeds shipped with the project, into a temporary data folder')
  .action(async () => {
    const { demoCommand } = await import('./commands/demo.js');
    exitCode = await demoCommand(globals().logLevel);
  });

/** `extract` reads the relevance rules of a config when there is one; without one, the built-in rules. */
function configForExtract(options: GlobalOptions): { match: typeof DEFAULT_MATCH; taxonomy: string | undefined } {
  const file = path.resolve(options.config);
  const given = program.getOptionValueSource('config') !== 'default';
  if (!given && !existsSync(file)) return { match: DEFAULT_MATCH, taxonomy: undefined };
  const config = loadConfig(file);
  return { match: config.match, taxonomy: config.taxonomy };
}

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has printed the message (or the help / version) already.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`talkwatch: ${error.message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`talkwatch: ${(error as Error).message ?? String(error)}\n`);
  return EXIT_FAILED;
}
