import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../services/backend';
import { MemorySecretStore } from '../services/core/secret-store';
import { startWebHost, type WebHost } from './web-host-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: WebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web host', () => {
  let backend: Backend;
  let host: WebHost;
  let staticDir: string;
  let sandboxStarts = 0;
  const auth = (): Record<string, string> => ({ authorization: `Bearer ${host.token}`, 'content-type': 'application/json' });

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'portcullis-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portcullis</title>');
    backend = await createBackend({
      host: 'browser',
      version: 'test',
      dataDir: null,
      secretStore: new MemorySecretStore(),
      logger: { info() {}, warn() {}, error() {} },
      startSandbox: async () => {
        sandboxStarts += 1;
        throw new Error('the sandbox is not started by these tests');
      },
    });
    host = await startWebHost({ backend, staticDir });
  });

  afterAll(async () => {
    await host.close();
    await backend.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=`));
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses an API call without the token with 401', async () => {
    const reply = await send(host, '/api/rpc/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(await send(host, '/api/contract')).toMatchObject({ status: 401 });
  });

  it('refuses a wrong token with 401', async () => {
    const reply = await send(host, '/api/rpc/app.info', { method: 'POST', headers: { authorization: 'Bearer nope', 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Origin with 403 and changes nothing', async () => {
    const reply = await send(host, '/api/rpc/connections.select', { method: 'POST', headers: { ...auth(), origin: 'https://evil.example' }, body: JSON.stringify({ id: 'sandbox' }) });
    expect(reply.status).toBe(403);
    expect(sandboxStarts).toBe(0);
    const state = await send(host, '/api/rpc/connections.state', { method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(state.body)).toEqual({ ok: true, value: { status: 'disconnected' } });
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 and changes nothing', async () => {
    const reply = await send(host, '/api/rpc/connections.select', { method: 'POST', headers: { ...auth(), host: `attacker.example:${host.port}` }, body: JSON.stringify({ id: 'sandbox' }) });
    expect(reply.status).toBe(403);
    expect(sandboxStarts).toBe(0);
  });

  it('answers a call with the token, from its own origin', async () => {
    const reply = await send(host, '/api/rpc/app.info', { method: 'POST', headers: { ...auth(), origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Portcullis', host: 'browser', secretStorage: 'memory-only' } });
  });

  it('validates arguments with the contract', async () => {
    const reply = await send(host, '/api/rpc/connections.select', { method: 'POST', headers: auth(), body: JSON.stringify({ id: '' }) });
    const envelope = JSON.parse(reply.body);
    expect(envelope.ok).toBe(false);
    expect(envelope.error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'id' });
  });

  it('answers unknown methods with UNKNOWN_METHOD', async () => {
    const reply = await send(host, '/api/rpc/shell.exec', { method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(reply.body).error.code).toBe('UNKNOWN_METHOD');
  });

  it('describes every method with JSON Schema', async () => {
    const reply = await send(host, '/api/contract', { headers: auth() });
    const description = JSON.parse(reply.body);
    const select = description.methods.find((m: { name: string }) => m.name === 'connections.select');
    expect(select.args).toMatchObject({ type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] });
    expect(description.events.map((e: { name: string }) => e.name)).toContain('progress');
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await send(host, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const escape = await send(host, '/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(escape.body).not.toContain('root:');
  });

  it('streams events to holders of the token', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
          if (text.includes('event: progress')) {
            resolve(text);
            req.destroy();
          }
        });
        setImmediate(() => backend.events.emit('progress', { operationId: 'x', label: 'step', done: 1, total: 2, status: 'running' }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('"operationId":"x"');
  });
});
