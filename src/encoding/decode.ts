import { gunzipSync } from 'node:zlib';
import { detectCharset } from './charset.js';
import { decodeUtf32 } from './utf-32.js';
import { decodeWindows1252 } from './windows-1252.js';

/** How large a gzip body may grow when decompressed: feeds are a few MB; more is a mistake or a zip bomb. */
export const MAX_DECOMPRESSED_BYTES = 32 * 1024 * 1024;

/** A body that cannot be turned into text (a corrupt or oversized gzip body). */
export class BodyDecodeError extends Error {
  override name = 'BodyDecodeError';
}

const STRICT_UTF_8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a fetched (or on-disk) feed body into text: gunzips a gzip body (servers send them without
 * Content-Encoding), then decodes it in the charset `detectCharset` finds (BOM, Content-Type, XML
 * declaration, `<meta charset>`), without the byte order mark. A body that names no charset is
 * UTF-8, or windows-1252 when it is not valid UTF-8 (what browsers and feed readers do).
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const body = hasGzipMagic(bytes) ? gunzip(bytes) : bytes;
  const { charset, source } = detectCharset(body, contentType);
  return source === 'default' ? decodeUndeclared(body) : decodeAs(body, charset);
}

function hasGzipMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DECOMPRESSED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BodyDecodeError(`decompressed body larger than ${MAX_DECOMPRESSED_BYTES / (1024 * 1024)} MB`, { cause: error });
    }
    throw new BodyDecodeError(`gzip body cannot be decompressed: ${(error as Error).message}`, { cause: error });
  }
}

function decodeUndeclared(bytes: Uint8Array): string {
  try {
    return STRICT_UTF_8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  switch (charset) {
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'utf-32le':
      return decodeUtf32(bytes, true);
    case 'utf-32be':
      return decodeUtf32(bytes, false);
    default:
      return new TextDecoder(charset).decode(bytes);
  }
}
