import path from 'node:path';
import type { Runtime } from '../../pipeline/runtime.js';
import { writeReport } from '../../report/write-report.js';

/** `talkwatch report [--out FILE]`: the self-contained HTML page of positions, changes and histories. */
export function reportCommand(runtime: Runtime, out: string | undefined): number {
  const file = writeReport(runtime.dataDir, runtime.taxonomy, out === undefined ? undefined : path.resolve(out));
  process.stdout.write(`report written: ${file}\n`);
  return 0;
}
