import path from 'node:path';
import type { Taxonomy } from '../extract/taxonomy.js';
import { wordingOf } from '../notify/describe.js';
import { SnapshotStore } from '../record/store.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { reportModel } from './model.js';
import { renderReport } from './render.js';

/** Cells whose position changed this recently are marked in the matrix. */
export const RECENT_DAYS = 7;

/** Where `report` writes by default, and what `run` refreshes: beside the snapshots it shows. */
export function defaultReportFile(dataDir: string): string {
  return path.join(dataDir, 'snapshots', 'report.html');
}

/** Builds the report from the data folder's snapshots and history and writes it atomically; returns where. */
export function writeReport(dataDir: string, taxonomy: Taxonomy, out: string = defaultReportFile(dataDir), now: Date = new Date()): string {
  const store = SnapshotStore.open(path.join(dataDir, 'snapshots'), taxonomy);
  const snapshots = store.load();
  const histories = new Map(taxonomy.parties.map(({ id }) => [id, store.history(id)]));
  const html = renderReport(reportModel({ taxonomy, snapshots, histories, now, recentDays: RECENT_DAYS }), wordingOf(taxonomy));
  writeFileAtomic(out, html);
  return out;
}
