import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TestServer {
  /** `http://127.0.0.1:<port><path>` (the host in brackets when it is IPv6) */
  url(path: string): string;
  /** Headers of every request received, in order. */
  requests: IncomingHttpHeaders[];
  /** The most requests the server was handling at the same time. */
  maxInFlight(): number;
  /** Connections accepted so far. */
  connections(): number;
  /** Connections not closed yet. */
  openConnections(): number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (or `host`) and a free port, so that tests go through the whole
 * network stack. Its side of each connection is unreferenced, so that only the client's side shows
 * in process.getActiveResourcesInfo().
 */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<TestServer> {
  const requests: IncomingHttpHeaders[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request, response) => {
    requests.push(request.headers);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    handler(request, response);
  });
  let connections = 0;
  const open = new Set<Socket>();
  server.on('connection', (socket) => {
    connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.unref();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: (path) => `http://${hostInUrl}:${port}${path}`,
    requests,
    maxInFlight: () => maxInFlight,
    connections: () => connections,
    openConnections: () => open.size,
    close: () =>
      new Promise((resolve) => {
        // Drips and hung responses would otherwise keep close() waiting.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: one the system just handed out and took back. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
