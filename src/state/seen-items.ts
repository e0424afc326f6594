import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readJsonFile } from '../util/read-json.js';

interface SeenEntry {
  /** Content hash when last read: an item whose content changed is read again. */
  hash: string;
  /** Last time the item was in its feed; entries not seen for the retention period are dropped. */
  lastSeen: string;
  /** The item's own date, if it has one: what pruning keeps of it (see `prune`). */
  published?: string;
}

/**
 * Items already read, per feed. Pruned by age so that the file stays the size of the feeds, not of all time.
 * The file is read only when a feed body has to be read, and written only when an entry changed: a
 * cycle where every feed answers 304 or sends the same body again touches neither.
 */
export class SeenItems {
  private loaded: Map<string, SeenEntry> | undefined;
  private changed = false;

  private constructor(private readonly file: string) {}

  static at(dataDir: string): SeenItems {
    return new SeenItems(path.join(dataDir, 'state', 'seen.json'));
  }

  private get entries(): Map<string, SeenEntry> {
    this.loaded ??= new Map(Object.entries(readJsonFile<Record<string, SeenEntry>>(this.file, {})));
    return this.loaded;
  }

  /** Whether the item was read before with this very content; notes that it is still in its feed. */
  isKnown(feed: string, itemId: string, hash: string, now: string): boolean {
    const entry = this.entries.get(key(feed, itemId));
    if (!entry || entry.hash !== hash) return false;
    if (entry.lastSeen !== now) {
      entry.lastSeen = now;
      this.changed = true;
    }
    return true;
  }

  markRead(feed: string, itemId: string, hash: string, now: string, published?: string): void {
    this.entries.set(key(feed, itemId), published ? { hash, lastSeen: now, published } : { hash, lastSeen: now });
    this.changed = true;
  }

  /**
   * Drops the entries of items last in their feed before `olderThan`. Only a feed whose body was
   * read in full can tell which items left it: a feed that answered 304, sent the same body
   * again or failed keeps its entries, whatever their age (`isPrunable` says which feeds may
   * lose theirs). Returns, per feed, the latest publication date among the dropped entries: a
   * feed that shows such an old item again must not have it read as news (its report would undo
   * the newer positions read since). A cycle that read no feed body leaves pruning to the next
   * one that does, rather than read the file for it.
   */
  prune(olderThan: Date, isPrunable: (feed: string) => boolean): Map<string, string> {
    const forgottenUpTo = new Map<string, string>();
    if (!this.loaded) return forgottenUpTo;
    const cutoff = olderThan.toISOString();
    for (const [entryKey, entry] of this.loaded) {
      if (entry.lastSeen >= cutoff) continue;
      const feed = entryKey.slice(0, entryKey.indexOf('\t'));
      if (!isPrunable(feed)) continue;
      this.loaded.delete(entryKey);
      this.changed = true;
      if (entry.published && entry.published > (forgottenUpTo.get(feed) ?? '')) forgottenUpTo.set(feed, entry.published);
    }
    return forgottenUpTo;
  }

  /** Writes the entries if any changed. No indentation: the file is the largest of the state and is read by the program alone. */
  save(): void {
    if (!this.loaded || !this.changed) return;
    writeFileAtomic(this.file, `${JSON.stringify(Object.fromEntries(this.loaded))}\n`);
    this.changed = false;
  }
}

function key(feed: string, itemId: string): string {
  return `${feed}\t${itemId}`;
}
