import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { describeContract } from '../../shared/contract/json-schema';
import { contentSecurityPolicy } from '../../shared/logic/content-security-policy';
import type { Backend } from '../services/backend';
import { checkHostAndOrigin, checkToken, type GuardVerdict } from './request-guard';
import { readStaticFile } from './static-files';

/** Request bodies above this are refused before parsing (IAM metadata is at most 10M characters). */
const maxBodyBytes = 16 * 1024 * 1024;

export interface WebHost {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1: `POST /api/rpc/<method>`
 * with the per-run token, `GET /api/events` as server-sent events, `GET /api/contract` as JSON Schema.
 */
export async function startWebHost(options: { backend: Backend; staticDir: string; port?: number; token?: string }): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: 'Internal error' });
      response.end();
      process.stderr.write(`web host: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const guard = checkHostAndOrigin(request, port);
    if (!guard.ok) return refuse(response, guard);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;

    if (path.startsWith('/api/')) {
      const auth = checkToken(request, token, path === '/api/events');
      if (!auth.ok) return refuse(response, auth);
      if (path === '/api/contract' && request.method === 'GET') return send(response, 200, describeContract());
      if (path === '/api/events' && request.method === 'GET') return openEventStream(response);
      if (path.startsWith('/api/rpc/') && request.method === 'POST') {
        if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
          return send(response, 415, { error: 'Send the arguments as application/json.' });
        }
        const body = await readBody(request);
        if (body === undefined) return send(response, 413, { error: 'The request is too large.' });
        let args: unknown;
        try {
          args = body.length ? JSON.parse(body) : {};
        } catch {
          return send(response, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'The request body is not valid JSON.', retryable: false } });
        }
        const envelope = await options.backend.dispatch(decodeURIComponent(path.slice('/api/rpc/'.length)), args, { host: 'browser' });
        return send(response, 200, envelope);
      }
      return send(response, 404, { error: 'No such API endpoint.' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { error: 'Method not allowed.' });
    const file = (await readStaticFile(staticDir, path)) ?? (path.includes('.') ? undefined : await readStaticFile(staticDir, '/'));
    if (!file) return send(response, 404, { error: 'Not found.' });
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  const unsubscribe = options.backend.events.subscribe((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function refuse(response: ServerResponse, verdict: Extract<GuardVerdict, { ok: false }>): void {
  send(response, verdict.status, { error: verdict.reason });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
