import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, isAbsolute } from 'node:path';
import { contentSecurityPolicy } from '../../shared/logic/content-security-policy';
import { appHost } from './app-origin';

/** What the app:// handler answers: a status, headers and the body bytes. */
export interface AssetResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer> | string;
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** MIME type for a file name; unknown types are served as bytes the renderer will not execute. */
export function mimeTypeFor(fileName: string): string {
  return mimeTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function notFound(): AssetResponse {
  return { status: 404, headers: securityHeaders('text/plain; charset=utf-8'), body: 'Not found' };
}

/**
 * Maps an app:// URL to a file under `root`. Returns undefined for anything that would leave
 * `root` (`..`, encoded separators, absolute paths) or is not on the app's host.
 */
export function resolveAssetPath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.host !== appHost) return undefined;
  // Encoded separators have no use in asset names and are the usual way around `..` checks.
  if (/%2f|%5c/i.test(parsed.pathname)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const wanted = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const full = resolve(absoluteRoot, wanted);
  const inside = relative(absoluteRoot, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return full;
}

// A copy with its own ArrayBuffer, which is what the web Response constructor accepts.
async function readBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  return Uint8Array.from(await readFile(path));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Answers one app:// request from the built renderer with the CSP header and the file's MIME
 * type. Paths without an extension fall back to index.html so in-app routes survive a reload.
 */
export async function readRendererAsset(root: string, url: string): Promise<AssetResponse> {
  const path = resolveAssetPath(root, url);
  if (!path) return notFound();
  if (await isFile(path)) {
    return { status: 200, headers: securityHeaders(mimeTypeFor(path)), body: await readBytes(path) };
  }
  if (extname(path) === '') {
    const index = resolve(root, 'index.html');
    if (await isFile(index)) return { status: 200, headers: securityHeaders(mimeTypeFor(index)), body: await readBytes(index) };
  }
  return notFound();
}
