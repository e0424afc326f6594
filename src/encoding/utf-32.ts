// The WHATWG Encoding Standard, and so TextDecoder, has no UTF-32; it is rare but real (and
// trivial: one code point per four bytes).
const CODE_POINTS_PER_CHUNK = 8192;

/** Decodes UTF-32 in the given byte order, skipping a byte order mark; invalid code points become U+FFFD. */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = view.byteLength >= 4 && view.getUint32(0, littleEndian) === 0xfeff ? 4 : 0;
  const chunks: string[] = [];
  let codePoints: number[] = [];
  for (let offset = start; offset + 4 <= view.byteLength; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    const isValid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    codePoints.push(isValid ? codePoint : 0xfffd);
    // String.fromCodePoint takes its input as call arguments, which the engine caps.
    if (codePoints.length === CODE_POINTS_PER_CHUNK) {
      chunks.push(String.fromCodePoint(...codePoints));
      codePoints = [];
    }
  }
  chunks.push(String.fromCodePoint(...codePoints));
  return chunks.join('');
}
