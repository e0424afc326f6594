/**
 * Lists of objects that many functions read (cues, mentions, documents, conditions) are made so
 * that V8 stores every one of them alike, as a packed array of objects. `map` gives a holey array
 * in optimised code, a packed one elsewhere, and an array of small integers when the list is empty;
 * code that has met only some of these kinds is deoptimised at the first of the others, again and
 * again as the functions around it are optimised.
 */

/** `list.map(each)`, pushed into an array literal: once its allocation site has held an object, even an empty result is an array of objects. */
export function mapObjects<T, U extends object>(list: readonly T[], each: (item: T) => U): U[] {
  const mapped: U[] = [];
  for (const item of list) mapped.push(each(item));
  return mapped;
}

/** An empty list stored as an array of objects, for a shared read-only empty list that stands in for lists of objects. */
export function emptyObjects<T extends object>(): T[] {
  const list: object[] = [{}];
  list.pop();
  return list as T[];
}
