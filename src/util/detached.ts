/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring as
 * a view of its parent, so a guid or a quote kept after its feed was read (in the seen-item state,
 * as evidence) would hold the whole feed body in memory: at a thousand feeds, most of the heap.
 * A JSON round trip builds a new string, on the heap, and gives back every string exactly, lone
 * surrogates included.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
