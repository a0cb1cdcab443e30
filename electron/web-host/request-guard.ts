import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request is refused: 401 without the right token, 403 for a foreign Host or Origin. */
export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/** The hosts this server answers to; anything else is DNS rebinding or a mistake. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Checks the Host header (DNS rebinding) and the Origin header (cross-site requests). */
export function checkHostAndOrigin(request: Pick<IncomingMessage, 'headers'>, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = request.headers.host ?? '';
  if (!hosts.has(host)) return { ok: false, status: 403, reason: 'This server only answers requests addressed to 127.0.0.1 or localhost.' };
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')) ) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  return { ok: true };
}

/** Checks the per-run token from the Authorization header (or `token` query for event streams). */
export function checkToken(request: Pick<IncomingMessage, 'headers' | 'url'>, expected: string, allowQuery: boolean): GuardVerdict {
  const header = request.headers.authorization;
  let presented = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  if (!presented && allowQuery) presented = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? undefined;
  if (!presented || !sameSecret(presented, expected)) {
    return { ok: false, status: 401, reason: 'Missing or wrong token. Open the URL that Portcullis printed when it started.' };
  }
  return { ok: true };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
