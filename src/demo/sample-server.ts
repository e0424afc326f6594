import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { packageFile } from '../util/package-files.js';

export interface SampleFeed {
  file: string;
  name: string;
  contentType: string;
}

export const SAMPLE_FEEDS: SampleFeed[] = [
  { file: 'wire.xml', name: 'World Wire', contentType: 'application/rss+xml; charset=utf-8' },
  { file: 'kyiv.atom', name: 'Kyiv Daily', contentType: 'application/atom+xml; charset=utf-8' },
  // Served in the legacy charset many Russian and Ukrainian outlets still use.
  { file: 'moskva.xml', name: 'Moskva Vesti', contentType: 'application/rss+xml; charset=windows-1251' },
  { file: 'euro.xml', name: 'Euro Desk', contentType: 'application/rss+xml; charset=utf-8' },
];
export const SAMPLE_STAGES = 3;

/**
 * Serves the sample feeds of `data/demo/stage-N/` on 127.0.0.1, as a real news site would:
 * with an ETag, answering 304 to a request that already has the current version. Moving to the
 * next stage is news arriving.
 */
export class SampleFeedServer {
  stage = 1;
  private readonly server: Server = createServer((request, response) => {
    const name = path.basename(request.url ?? '');
    const contentType = SAMPLE_FEEDS.find((feed) => feed.file === name)?.contentType;
    if (!contentType) {
      response.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(packageFile(`data/demo/stage-${this.stage}/${name}`));
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentType, ETag: etag }).end(body);
  });

  /** The server's base URL, once started. */
  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  static async start(): Promise<SampleFeedServer> {
    const instance = new SampleFeedServer();
    await new Promise<void>((resolve) => instance.server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
