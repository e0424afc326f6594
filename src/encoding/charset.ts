/** Where the charset of a body was read from, strongest evidence first. */
export type CharsetSource = 'bom' | 'byte-pattern' | 'content-type' | 'xml-declaration' | 'html-meta' | 'default';

export interface CharsetChoice {
  /** The encoding's WHATWG name as TextDecoder reports it ("windows-1251", "utf-16le"), or "utf-32le" / "utf-32be". */
  charset: string;
  source: CharsetSource;
}

// Declarations are looked for in the first bytes only, as browsers do: an XML declaration must
// open the document and a <meta charset> belongs at the top of <head>.
const DECLARATION_WINDOW = 1024;

const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?\s*([^"'\s;]+)/i;
const XML_DECLARATION_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)/;
const HTML_META_CHARSET = /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i;
const UTF_32_LABEL = /^(?:utf-?32|ucs-?4)(le|be)?$/;

/**
 * Decides which charset a feed body (or web page) is in: a byte order mark, else bytes that can
 * only be UTF-16 / UTF-32 (`<` followed by NULs), else the Content-Type charset, else the XML
 * declaration, else an HTML `<meta charset>`, else UTF-8 ("default": nothing named a charset).
 * A label TextDecoder does not know counts as no declaration, so the next source is asked.
 */
export function detectCharset(bytes: Uint8Array, contentType?: string): CharsetChoice {
  const marked = charsetFromBom(bytes) ?? charsetFromBytePattern(bytes);
  if (marked) return marked;
  const fromHeader = resolveLabel(contentType?.match(CONTENT_TYPE_CHARSET)?.[1]);
  if (fromHeader) return { charset: fromHeader, source: 'content-type' };
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString('latin1');
  const fromXml = resolveAsciiCompatibleLabel(head.match(XML_DECLARATION_ENCODING)?.[1]);
  if (fromXml) return { charset: fromXml, source: 'xml-declaration' };
  const fromMeta = resolveAsciiCompatibleLabel(head.match(HTML_META_CHARSET)?.[1]);
  if (fromMeta) return { charset: fromMeta, source: 'html-meta' };
  return { charset: 'utf-8', source: 'default' };
}

/** The canonical name of a charset label, or undefined when TextDecoder (or our UTF-32 decoder) cannot decode it. */
function resolveLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const normalized = label.trim().toLowerCase();
  const utf32 = UTF_32_LABEL.exec(normalized);
  // Without a byte order mark, UTF-32 is big-endian (Unicode's rule for the unmarked form).
  if (utf32) return `utf-32${utf32[1] ?? 'be'}`;
  try {
    return new TextDecoder(normalized).encoding;
  } catch {
    return undefined;
  }
}

function charsetFromBom(bytes: Uint8Array): CharsetChoice | undefined {
  const [b0, b1, b2, b3] = bytes;
  let charset: string | undefined;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) charset = 'utf-8';
  // The UTF-32 LE mark starts with the UTF-16 LE one, so it is tested first.
  else if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) charset = 'utf-32le';
  else if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) charset = 'utf-32be';
  else if (b0 === 0xff && b1 === 0xfe) charset = 'utf-16le';
  else if (b0 === 0xfe && b1 === 0xff) charset = 'utf-16be';
  return charset ? { charset, source: 'bom' } : undefined;
}

// A document starts with `<` (after the BOM, which is handled above). In UTF-16 and UTF-32 that
// character carries NUL bytes no ASCII-compatible charset can produce, so the pattern is proof
// enough, even against a Content-Type that says otherwise.
function charsetFromBytePattern(bytes: Uint8Array): CharsetChoice | undefined {
  const [b0, b1, b2, b3] = bytes;
  let charset: string | undefined;
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) charset = 'utf-32le';
  else if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c) charset = 'utf-32be';
  else if (b0 === 0x3c && b1 === 0 && b2 !== 0 && b3 === 0) charset = 'utf-16le';
  else if (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 !== 0) charset = 'utf-16be';
  return charset ? { charset, source: 'byte-pattern' } : undefined;
}

// A declaration read from ASCII-compatible bytes cannot truthfully name UTF-16 or UTF-32 (those
// bytes would hold NULs); such a declaration is a leftover from a converted file, and is ignored.
function resolveAsciiCompatibleLabel(label: string | undefined): string | undefined {
  const charset = resolveLabel(label);
  return charset?.startsWith('utf-16') || charset?.startsWith('utf-32') ? undefined : charset;
}
