import type { App, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openExternalIfAllowed } from './open-external';

/**
 * Keeps every web contents on the app's origin: navigation elsewhere is cancelled (an
 * allow-listed https link opens in the browser instead), new windows are never created, and
 * webviews are never attached.
 */
export function guardWebContents(contents: WebContents, open: (url: string) => boolean = openExternalIfAllowed): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    open(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    open(url);
    return { action: 'deny' };
  });
}

/** Applies the guard to every web contents the app ever creates, before it loads anything. */
export function installNavigationGuard(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
