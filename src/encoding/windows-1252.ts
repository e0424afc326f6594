// Windows-1252 is ISO-8859-1 except for 0x80–0x9F, where it has printable characters (euro sign,
// curly quotes, dashes). Node 20's TextDecoder('windows-1252') wrongly yields the C1 control
// characters U+0080–U+009F there, so those 32 bytes are mapped here. The five bytes windows-1252
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code point, as WHATWG specifies.
const WINDOWS_1252_80_TO_9F =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

const C1_CONTROL = /[\x80-\x9f]/g;

/**
 * Replaces C1 control characters with the windows-1252 characters of the same byte value.
 * Text never means a C1 control: when one appears (a `&#146;` reference, a body decoded as
 * Latin-1 upstream), the author meant the windows-1252 character.
 */
export function replaceC1Controls(text: string): string {
  return text.replace(C1_CONTROL, (control) => WINDOWS_1252_80_TO_9F.charAt(control.charCodeAt(0) - 0x80));
}

export function decodeWindows1252(bytes: Uint8Array): string {
  // latin1 maps each byte to the code point of the same value, natively and fast; only the
  // 0x80–0x9F range then needs the windows-1252 table.
  return replaceC1Controls(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}
