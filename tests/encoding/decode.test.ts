import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectCharset } from '../../src/encoding/charset.js';
import { BodyDecodeError, decodeBody, MAX_DECOMPRESSED_BYTES } from '../../src/encoding/decode.js';

/** The bytes of ASCII markup, and explicit byte values for everything else. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? asciiBytes(part) : part)));
}

function asciiBytes(text: string): number[] {
  return [...text].map((character) => {
    const code = character.charCodeAt(0);
    if (code > 0x7f) throw new Error(`test helper: "${character}" is not ASCII, give its bytes`);
    return code;
  });
}

/** ASCII text in UTF-16: each character followed (LE) or preceded (BE) by a NUL byte. */
function utf16(text: string, order: 'le' | 'be'): number[] {
  return asciiBytes(text).flatMap((code) => (order === 'le' ? [code, 0] : [0, code]));
}

// "Київ" and "Мир" in the single-byte charsets Ukrainian and Russian outlets still serve.
const KYIV_WINDOWS_1251 = [0xca, 0xe8, 0xbf, 0xe2];
const MIR_KOI8_R = [0xed, 0xc9, 0xd2];
const MIR_UTF_8 = [0xd0, 0x9c, 0xd0, 0xb8, 0xd1, 0x80];

describe('decodeBody', () => {
  it('decodes windows-1251 named in the XML declaration', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1251"?><title>', KYIV_WINDOWS_1251, '</title>');
    expect(decodeBody(body)).toBe('<?xml version="1.0" encoding="windows-1251"?><title>Київ</title>');
  });

  it('decodes koi8-r named in the Content-Type header', () => {
    expect(decodeBody(bytes('<title>', MIR_KOI8_R, '</title>'), 'application/rss+xml; charset=KOI8-R')).toBe('<title>Мир</title>');
  });

  it('reads a quoted Content-Type charset', () => {
    expect(decodeBody(bytes('<t>', MIR_KOI8_R, '</t>'), 'text/xml; charset="koi8-r"')).toBe('<t>Мир</t>');
  });

  it('maps windows-1252 bytes 0x80–0x9F to curly quotes, dashes and the euro sign, not C1 controls', () => {
    const body = bytes('<t>', [0x93], 'talks', [0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x85], '</t>');
    expect(decodeBody(body, 'text/xml; charset=windows-1252')).toBe('<t>“talks” – €5 …</t>');
  });

  it('applies the windows-1252 table to the labels WHATWG maps to it (iso-8859-1, us-ascii)', () => {
    const body = bytes('<t>', [0x92, 0xe9], '</t>');
    expect(decodeBody(body, 'text/xml; charset=iso-8859-1')).toBe('<t>’é</t>');
    expect(decodeBody(bytes('<?xml version="1.0" encoding="us-ascii"?>', [0x97]))).toBe('<?xml version="1.0" encoding="us-ascii"?>—');
  });

  it('decodes UTF-16 LE and BE with a byte order mark, and drops the mark', () => {
    expect(decodeBody(bytes([0xff, 0xfe], utf16('<rss/>', 'le')))).toBe('<rss/>');
    expect(decodeBody(bytes([0xfe, 0xff], utf16('<rss/>', 'be')))).toBe('<rss/>');
  });

  it('recognises UTF-16 without a byte order mark from its NUL bytes', () => {
    const declaration = '<?xml version="1.0" encoding="utf-16"?><rss/>';
    expect(decodeBody(bytes(utf16(declaration, 'le')))).toBe(declaration);
    expect(decodeBody(bytes(utf16(declaration, 'be')))).toBe(declaration);
  });

  it('decodes UTF-32 with and without a byte order mark', () => {
    const rssUtf32Be = [0, 0, 0, 0x3c, 0, 0, 0, 0x72, 0, 0, 0, 0x3e];
    expect(decodeBody(bytes(rssUtf32Be))).toBe('<r>');
    expect(decodeBody(bytes([0xff, 0xfe, 0, 0], [0x3c, 0, 0, 0, 0x1c, 0x04, 0, 0, 0x3e, 0, 0, 0]))).toBe('<М>');
  });

  it('lets the byte order mark win over the Content-Type, and drops it', () => {
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], MIR_UTF_8), 'text/xml; charset=windows-1251')).toBe('Мир');
  });

  it('lets the Content-Type charset win over the XML declaration', () => {
    const body = bytes('<?xml version="1.0" encoding="utf-8"?><t>', KYIV_WINDOWS_1251, '</t>');
    expect(decodeBody(body, 'text/xml; charset=windows-1251')).toContain('<t>Київ</t>');
  });

  it('reads an HTML <meta charset> of a web page', () => {
    expect(decodeBody(bytes('<html><head><meta charset="windows-1251"><p>', KYIV_WINDOWS_1251))).toContain('<p>Київ');
    const httpEquiv = bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>', MIR_KOI8_R);
    expect(decodeBody(httpEquiv)).toContain('<p>Мир');
  });

  it('decodes UTF-8 when nothing names a charset', () => {
    expect(decodeBody(bytes('<t>', MIR_UTF_8, '</t>'))).toBe('<t>Мир</t>');
  });

  it('falls back to windows-1252 when an undeclared body is not valid UTF-8', () => {
    expect(decodeBody(bytes('<t>Not', [0xed, 0x93], 'cias</t>'))).toBe('<t>Notí“cias</t>');
  });

  it('keeps a declared UTF-8 body, marking its invalid bytes with U+FFFD', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="utf-8"?><t>', [0xe9], '</t>'))).toContain('<t>\ufffd</t>');
  });

  it('ignores a charset label it does not know and asks the next source', () => {
    expect(decodeBody(bytes('<t>', MIR_UTF_8, '</t>'), 'text/xml; charset=x-no-such-charset')).toBe('<t>Мир</t>');
    const body = bytes('<?xml version="1.0" encoding="bogus"?><t>', MIR_UTF_8, '</t>');
    expect(decodeBody(body, 'text/xml; charset=bogus')).toContain('<t>Мир</t>');
  });

  it('ignores an XML declaration claiming UTF-16 over bytes that are plainly ASCII-compatible', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="utf-16"?><t>', MIR_UTF_8, '</t>'))).toContain('<t>Мир</t>');
  });

  it('gunzips a gzip body recognised by its magic bytes, then decodes it', () => {
    const plain = bytes('<?xml version="1.0" encoding="windows-1251"?><t>', KYIV_WINDOWS_1251, '</t>');
    expect(decodeBody(gzipSync(plain))).toContain('<t>Київ</t>');
  });

  it('refuses a gzip body that decompresses beyond the limit', () => {
    const bomb = gzipSync(new Uint8Array(MAX_DECOMPRESSED_BYTES + 1));
    expect(() => decodeBody(bomb)).toThrow(new BodyDecodeError(`decompressed body larger than ${MAX_DECOMPRESSED_BYTES / (1024 * 1024)} MB`));
  });

  it('refuses a corrupt gzip body with a clear error', () => {
    const truncated = gzipSync(bytes('<rss>'.repeat(100))).subarray(0, 20);
    expect(() => decodeBody(truncated)).toThrow(/^gzip body cannot be decompressed: /);
  });
});

describe('detectCharset', () => {
  it('says where the charset came from', () => {
    expect(detectCharset(bytes([0xef, 0xbb, 0xbf], '<a/>'), 'text/xml; charset=koi8-r')).toEqual({ charset: 'utf-8', source: 'bom' });
    expect(detectCharset(bytes(utf16('<a/>', 'le')))).toEqual({ charset: 'utf-16le', source: 'byte-pattern' });
    expect(detectCharset(bytes('<a/>'), 'text/xml; charset=cp1251')).toEqual({ charset: 'windows-1251', source: 'content-type' });
    expect(detectCharset(bytes('<?xml version="1.0" encoding="KOI8-R"?>'))).toEqual({ charset: 'koi8-r', source: 'xml-declaration' });
    expect(detectCharset(bytes('<meta charset=windows-1251>'))).toEqual({ charset: 'windows-1251', source: 'html-meta' });
    expect(detectCharset(bytes('<a/>'), 'text/xml')).toEqual({ charset: 'utf-8', source: 'default' });
  });
});
