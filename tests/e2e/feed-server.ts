import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFeed {
  status?: number;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  /** Like many servers: no ETag, and every request gets the whole body again. */
  ignoreValidators?: boolean;
}

/**
 * A news site on 127.0.0.1 whose feeds a test can change between polls. It honours ETag
 * like a real server, and remembers every request's headers so tests can see what was sent.
 */
export class FeedServer {
  readonly feeds = new Map<string, ServedFeed>();
  readonly requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  private readonly server: Server = createServer((request, response) => {
    const route = request.url ?? '/';
    this.requests.push({ path: route, headers: request.headers });
    const feed = this.feeds.get(route);
    if (!feed || (feed.status ?? 200) >= 400) {
      response.writeHead(feed?.status ?? 404, { 'Content-Type': 'text/plain', ...feed?.headers }).end('not served');
      return;
    }
    const body = feed.body ?? '';
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 12)}"`;
    if (feed.ignoreValidators) {
      response.writeHead(feed.status ?? 200, { 'Content-Type': feed.contentType ?? 'application/rss+xml; charset=utf-8', ...feed.headers }).end(body);
      return;
    }
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(feed.status ?? 200, { 'Content-Type': feed.contentType ?? 'application/rss+xml; charset=utf-8', ETag: etag, ...feed.headers }).end(body);
  });

  static async start(): Promise<FeedServer> {
    const instance = new FeedServer();
    await new Promise<void>((resolve) => instance.server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  url(route: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${route}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface TestItem {
  guid: string;
  link?: string;
  title: string;
  body: string;
  published?: string;
}

/** An RSS 2.0 document with the given items. */
export function rssFeed(items: TestItem[]): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const entries = items.map(
    (item) =>
      `<item><title>${escape(item.title)}</title><link>${item.link ?? `https://news.example.org/${item.guid}`}</link><guid isPermaLink="false">${item.guid}</guid>` +
      `<pubDate>${new Date(item.published ?? '2025-11-20T10:00:00Z').toUTCString()}</pubDate><description>${escape(item.body)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test outlet</title><link>https://news.example.org/</link><description>test</description>${entries.join('')}</channel></rss>`;
}
