/** Feed text bound for a header or a one-line field: no line breaks, and a length a reader sees whole. */
export function oneLine(text: string, limit: number): string {
  return shorten(text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim(), limit);
}

/** Cuts a long text at a word boundary and says so with "…", so that a quote is never cut mid-word. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "2025-11-21 09:00 UTC": what a reader compares at a glance; ISO text that does not parse is shown as it is. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
