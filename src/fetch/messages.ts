// How fetch failures read to the user: HTTP statuses, exceeded limits, and the errors node:http, TLS and zlib raise.

const STATUS_REASONS: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'access unauthorized',
  403: 'access forbidden',
  404: 'resource not found',
  410: 'resource gone',
  429: 'too many requests',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

export function statusMessage(status: number, retryAfter?: Date): string {
  const reason = STATUS_REASONS[status] ?? (status >= 500 ? 'server error' : 'unexpected status');
  const retry = retryAfter ? `, retry after ${retryAfter.toISOString()}` : '';
  return `fetch: ${reason} (${status} status code)${retry}`;
}

export function timeoutMessage(timeoutMs: number): string {
  const duration = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
  return `fetch: timed out after ${duration}`;
}

export function tooLargeMessage(maxBytes: number): string {
  const KB = 1024;
  const MB = 1024 * KB;
  const size =
    maxBytes % MB === 0 ? `${maxBytes / MB} MB` : maxBytes % KB === 0 ? `${maxBytes / KB} KB` : `${maxBytes} bytes`;
  return `fetch: body larger than ${size}`;
}

/** The fields of a Node system, HTTP parser, TLS or zlib error that say what went wrong. */
interface NodeErrorLike {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
}

/**
 * Node tries every address of a host with several (IPv6 and IPv4) and, when all fail, reports an
 * AggregateError of the attempts: the first attempt names the address and what went wrong.
 */
function firstAttempt(error: unknown): NodeErrorLike | undefined {
  const attempt: unknown = error instanceof AggregateError ? error.errors[0] : error;
  return typeof attempt === 'object' && attempt !== null ? attempt : undefined;
}

function isTlsCode(code: string): boolean {
  return /^ERR_TLS_|CERT|SIGNATURE|SELF_SIGNED/.test(code);
}

/**
 * Node gives one code, ECONNRESET, to three failures told apart by the message: the server closed
 * the connection before answering ("socket hang up"), or before the end of the body ("aborted":
 * shorter than its Content-Length, or chunks cut off), or the connection was reset ("read ECONNRESET").
 */
function connectionLostMessage(detail: string): string {
  if (detail === 'socket hang up') return 'fetch: connection closed by the server';
  if (detail === 'aborted') return 'fetch: connection closed before the end of the body';
  return 'fetch: connection reset';
}

/** The message for a request that failed below HTTP: connection, DNS, TLS, HTTP parsing, decompression. */
export function networkErrorMessage(error: unknown, url: URL): string {
  const cause = firstAttempt(error);
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const detail = typeof cause?.message === 'string' ? cause.message : String(error);
  const endpoint = typeof cause?.address === 'string' ? `${cause.address}:${String(cause.port)}` : url.host;
  switch (code) {
    case 'ECONNREFUSED':
      return `fetch: connection refused (${endpoint})`;
    case 'ENOTFOUND':
      return `fetch: DNS lookup failed for ${url.hostname}`;
    case 'EAI_AGAIN':
      return `fetch: DNS lookup failed for ${url.hostname} (temporary failure)`;
    case 'ECONNRESET':
      return connectionLostMessage(detail);
    case 'ETIMEDOUT':
      return `fetch: connection timed out (${endpoint})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `fetch: host unreachable (${endpoint})`;
    case 'EPROTO':
      return `fetch: TLS handshake failed with ${url.host}`;
    case 'HPE_HEADER_OVERFLOW':
      return 'fetch: response headers too large';
  }
  // llhttp's codes: a response that is not valid HTTP/1.1 ("Parse Error: Invalid header value char").
  if (code.startsWith('HPE_')) return `fetch: invalid HTTP response (${detail.replace(/^Parse Error: /, '')})`;
  // zlib codes are Z_*, brotli ones ERR__ERROR_*: both mean a body that does not match its Content-Encoding.
  if (code.startsWith('Z_') || code.startsWith('ERR__ERROR')) return `fetch: cannot decompress body (${detail})`;
  if (isTlsCode(code)) return `fetch: TLS certificate rejected for ${url.hostname} (${code})`;
  return `fetch: network error (${detail})`;
}
