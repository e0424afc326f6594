/**
 * A fetch that gave no usable resource. `message` is one line meant for the user ("fetch: resource
 * not found (404 status code)"); `url` is the URL that was asked for, even when a redirect failed.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly url: string;
  /** The HTTP status when the server answered with an error. */
  readonly status?: number;
  /** When the server asked to be left alone until (429, 503 with Retry-After). */
  readonly retryAfter?: Date;

  constructor(url: string, message: string, details: { status?: number; retryAfter?: Date; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.url = url;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
  }
}
