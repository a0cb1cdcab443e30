import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/logic/content-security-policy';
import { readRendererAsset, resolveAssetPath } from './renderer-asset';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'portcullis-renderer-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Portcullis</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(base, 'secrets.json'), '{"entries":{}}');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const text = (body: Uint8Array | string) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

describe('app:// renderer assets', () => {
  it('serves the index with the CSP header for the root URL', async () => {
    const response = await readRendererAsset(root, 'app://portcullis/');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(text(response.body)).toContain('<title>Portcullis</title>');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s, so module scripts and styles load', async (path, type) => {
    const response = await readRendererAsset(root, `app://portcullis/${path}?v=1`);
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe(type);
    expect(response.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

  it('falls back to the index for an in-app route and answers 404 for a missing file', async () => {
    expect(text((await readRendererAsset(root, 'app://portcullis/roles')).body)).toContain('Portcullis');
    expect((await readRendererAsset(root, 'app://portcullis/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://portcullis/%2e%2e/secrets.json',
    'app://portcullis/..%2fsecrets.json',
    'app://portcullis/assets/..%2f..%2fsecrets.json',
    'app://portcullis/..%5csecrets.json',
    'app://portcullis/%2fetc%2fpasswd',
    'app://portcullis/index.html%00.png',
    'app://portcullis/%E0%A4%A',
    'app://elsewhere/index.html',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await readRendererAsset(root, url);
    expect(response.status).toBe(404);
    expect(text(response.body)).not.toContain('entries');
  });

  it('resolves only paths inside the root', () => {
    expect(resolveAssetPath(root, 'app://portcullis/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    // The URL parser already folds `%2e%2e` segments, so this stays inside the root.
    expect(resolveAssetPath(root, 'app://portcullis/%2e%2e/secrets.json')).toBe(join(root, 'secrets.json'));
    expect(resolveAssetPath(root, 'app://portcullis/..%2fsecrets.json')).toBeUndefined();
  });
});
