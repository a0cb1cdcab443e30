import { shell } from 'electron';

/**
 * Hosts a link in the app may open in the user's browser: AWS documentation and console, the
 * project's home, and the documentation sites of the identity providers the wizards explain.
 */
export const externalHostAllowlist: ReadonlySet<string> = new Set([
  'docs.aws.amazon.com',
  'console.aws.amazon.com',
  'github.com',
  'goauthentik.io',
  'help.okta.com',
  'learn.microsoft.com',
  'www.watchguard.com',
  'www.miniorange.com',
  'www.keycloak.org',
  'support.google.com',
]);

/** True for an https URL on an allow-listed host, on the default port, without credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare parsed parts, never prefixes: "https://docs.aws.amazon.com.evil.example" must fail.
  return (
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    externalHostAllowlist.has(parsed.hostname)
  );
}

// The only call of shell.openExternal in the app, and it is reached only through the
// allowlist check below (Electron checklist item 15), hence the scanner's review note is off.
function openInBrowser(url: string): Promise<void> {
  return shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- guarded by isAllowedExternalUrl
}

/** Opens the URL in the default browser when it is allow-listed; returns whether it did. */
export function openExternalIfAllowed(url: string, open: (url: string) => Promise<void> = openInBrowser): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  // A missing browser is not the page's business; the link simply does not open.
  try {
    open(new URL(url).href).catch(() => undefined);
  } catch {
    // Nothing to do: the click just has no effect.
  }
  return true;
}
