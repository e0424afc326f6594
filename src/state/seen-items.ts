import path from 'node:path';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';

interface SeenEntry {
  /** Content hash when last read: an item whose content changed is read again. */
  hash: string;
  /** Last time the item was in its feed; entries not seen for the retention period are dropped. */
  lastSeen: string;
  /** The item's own date, if it has one: what pruning keeps of it (see `prune`). */
  published?: string;
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

  markRead(feed: string, itemId: string, hash: string, now: string, published?: string): void {
    this.entries.set(key(feed, itemId), published ? { hash, lastSeen: now, published } : { hash, lastSeen: now });
  }

  /**
   * Drops the entries of items last in their feed before `olderThan`. Only a feed whose body was
   * read in full can tell which items left it: a feed that answered 304, sent the same body
   * again or failed keeps its entries, whatever their age (`isPrunable` says which feeds may
   * lose theirs). Returns, per feed, the latest publication date among the dropped entries: a
   * feed that shows such an old item again must not have it read as news (its report would undo
   * the newer positions read since).
   */
  prune(olderThan: Date, isPrunable: (feed: string) => boolean): Map<string, string> {
    const cutoff = olderThan.toISOString();
    const forgottenUpTo = new Map<string, string>();
    for (const [entryKey, entry] of this.entries) {
      if (entry.lastSeen >= cutoff) continue;
      const feed = entryKey.slice(0, entryKey.indexOf('\t'));
      if (!isPrunable(feed)) continue;
      this.entries.delete(entryKey);
      if (entry.published && entry.published > (forgottenUpTo.get(feed) ?? '')) forgottenUpTo.set(feed, entry.published);
    }
    return forgottenUpTo;
  }

  save(): void {
    writeJsonAtomic(this.file, Object.fromEntries(this.entries));
  }
}

function key(feed: string, itemId: string): string {
  return `${feed}\t${itemId}`;
}
