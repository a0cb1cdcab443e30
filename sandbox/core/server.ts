import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { handleRequest, type PipelineDeps } from './request-pipeline';

/** Largest request body accepted; SAML metadata may be up to 10 MB and form encoding inflates it. */
export const maxBodyBytes = 32 * 1024 * 1024;

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

/** Throws unless `host` is a loopback address: the sandbox never listens on a network. */
export function assertLoopback(host: string): void {
  if (!loopbackHosts.has(host)) {
    throw new Error(`The sandbox only listens on loopback (127.0.0.1); refusing to bind ${host}.`);
  }
}

export interface SandboxServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Starts the HTTP server; requests run one at a time so every mutation sees a consistent state. */
export async function startServer(deps: PipelineDeps, host: string, port: number): Promise<SandboxServer> {
  assertLoopback(host);
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((req, res) => {
    const requestId = randomUUID();
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) {
        res.writeHead(413, { 'content-type': 'text/plain', 'x-amzn-requestid': requestId, connection: 'close' });
        res.end('Request body too large');
        return;
      }
      const run = async (): Promise<void> => {
        const response = await handleRequest(deps, {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: req.headers,
          body: Buffer.concat(chunks),
          sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
          requestId,
        });
        const body = Buffer.from(response.body, 'utf8');
        res.writeHead(response.status, {
          ...response.headers,
          'x-amzn-requestid': requestId,
          date: deps.faults.now().toUTCString(),
          'content-length': String(body.length),
        });
        res.end(body);
      };
      queue = queue.then(run, run).catch((e: unknown) => {
        console.error('sandbox: request failed', e);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
