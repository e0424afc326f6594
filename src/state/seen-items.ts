import path from 'node:path';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';

interface SeenEntry {
  /** Content hash when last read: an item whose content changed is read again. */
  hash: string;
  /** Last time the item was in its feed; entries not seen for the retention period are dropped. */
  lastSeen: string;
}

/** Items already read, per feed. Pruned by age so that the file stays the size of the feeds, not of all time. */
export class SeenItems {
  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, SeenEntry>,
  ) {}

  static load(dataDir: string): SeenItems {
    const file = path.join(dataDir, 'state', 'seen.json');
    return new SeenItems(file, new Map(Object.entries(readJsonFile<Record<string, SeenEntry>>(file, {}))));
  }

  /** Whether the item was read before with this very content; notes that it is still in its feed. */
  isKnown(feed: string, itemId: string, hash: string, now: string): boolean {
    const entry = this.entries.get(key(feed, itemId));
    if (!entry || entry.hash !== hash) return false;
    entry.lastSeen = now;
    return true;
  }

  markRead(feed: string, itemId: string, hash: string, now: string): void {
    this.entries.set(key(feed, itemId), { hash, lastSeen: now });
  }

  prune(olderThan: Date): void {
    const cutoff = olderThan.toISOString();
    for (const [entryKey, entry] of this.entries) {
      if (entry.lastSeen < cutoff) this.entries.delete(entryKey);
    }
  }

  save(): void {
    writeJsonAtomic(this.file, Object.fromEntries(this.entries));
  }
}

function key(feed: string, itemId: string): string {
  return `${feed}\t${itemId}`;
}
