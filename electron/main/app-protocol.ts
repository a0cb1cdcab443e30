import { protocol, type Session } from 'electron';
import { appScheme } from './app-origin';
import { readRendererAsset } from './renderer-asset';

/**
 * Declares app:// a standard, secure scheme so the renderer gets a real origin, fetch and
 * module scripts; must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves the built renderer in `rendererDir` on app:// for the given session, read-only. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const asset = await readRendererAsset(rendererDir, request.url);
    return new Response(request.method === 'HEAD' ? null : asset.body, { status: asset.status, headers: asset.headers });
  });
}
