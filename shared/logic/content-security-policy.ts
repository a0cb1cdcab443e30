/**
 * The Content-Security-Policy of the renderer, the same in the desktop window and browser
 * mode. Styles allow inline because Mantine writes its CSS variables in a style element;
 * scripts never do.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
