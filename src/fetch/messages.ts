// How fetch failures read to the user: HTTP statuses, exceeded limits and network errors as undici reports them.

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

/** What a network-level failure looks like once undici has wrapped it. */
interface SystemErrorLike {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * undici reports every network failure as `TypeError('fetch failed')` (or 'terminated' once the
 * body has started), with the system or undici error as `cause`, sometimes one level deeper, and an
 * AggregateError when several addresses of one host were tried. The innermost coded error says what
 * actually went wrong.
 */
function innermostCause(error: unknown): SystemErrorLike | undefined {
  if (!isObject(error)) return undefined;
  let current: SystemErrorLike = error;
  // undici nests two or three levels at most; the bound also guards against a cause that cycles.
  for (let depth = 0; depth < 5 && typeof current.code !== 'string'; depth++) {
    const next = Array.isArray(current.errors) ? current.errors[0] : current.cause;
    if (!isObject(next)) break;
    current = next;
  }
  return current;
}

function isObject(value: unknown): value is SystemErrorLike {
  return typeof value === 'object' && value !== null;
}

function isTlsCode(code: string): boolean {
  return /^ERR_TLS_|CERT|SIGNATURE|SELF_SIGNED/.test(code);
}

/** The message for a request that failed below HTTP: connection, DNS, TLS, decompression. */
export function networkErrorMessage(error: unknown, url: URL): string {
  const cause = innermostCause(error);
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
      return 'fetch: connection reset';
    case 'UND_ERR_SOCKET':
      return 'fetch: connection closed by the server';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `fetch: connection timed out (${endpoint})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `fetch: host unreachable (${endpoint})`;
    case 'EPROTO':
      return `fetch: TLS handshake failed with ${url.host}`;
    case 'UND_ERR_HEADERS_OVERFLOW':
      return 'fetch: response headers too large';
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return 'fetch: body does not match its Content-Length';
  }
  // zlib codes are Z_*, brotli ones ERR__ERROR_*: both mean a body that does not match its Content-Encoding.
  if (code.startsWith('Z_') || code.startsWith('ERR__ERROR')) return `fetch: cannot decompress body (${detail})`;
  if (isTlsCode(code)) return `fetch: TLS certificate rejected for ${url.hostname} (${code})`;
  // The fetch standard forbids some ports (6000, 6667, ...); undici says only "bad port".
  if (detail === 'bad port') return `fetch: port ${url.port} is blocked for fetching`;
  return `fetch: network error (${detail})`;
}
