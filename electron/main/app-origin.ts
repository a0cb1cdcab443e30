/** The custom scheme the renderer is served from (never file://). */
export const appScheme = 'app';
/** The single host of that scheme; the renderer's origin is `app://portcullis`. */
export const appHost = 'portcullis';
/** Where the window starts. */
export const appStartUrl = `${appScheme}://${appHost}/index.html`;

/** True when the URL belongs to the app's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}
