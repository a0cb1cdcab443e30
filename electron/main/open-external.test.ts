import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn(async () => undefined) } }));

const { isAllowedExternalUrl, openExternalIfAllowed } = await import('./open-external');

describe('external link allowlist', () => {
  it.each([
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html',
    'https://console.aws.amazon.com/iam/home',
    'https://github.com/portcullis',
    'https://goauthentik.io/integrations/services/aws/',
    'https://help.okta.com/en-us/content/topics/apps/aws.htm',
    'https://learn.microsoft.com/en-us/entra/identity/saas-apps/amazon-web-service-tutorial',
    'https://www.watchguard.com/help/docs/help-center/en-US/Content/Integration-Guides/AuthPoint/aws-saml_authpoint.html',
    'https://www.miniorange.com/aws',
    'https://www.keycloak.org/docs/latest/server_admin/',
    'https://support.google.com/a/answer/6194963',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://docs.aws.amazon.com/'],
    ['a lookalike suffix', 'https://docs.aws.amazon.com.attacker.example/'],
    ['a lookalike prefix', 'https://evildocs.aws.amazon.com/'],
    ['a subdomain not on the list', 'https://gist.github.com/'],
    ['credentials in the URL', 'https://user:pass@github.com/'],
    ['a non-default port', 'https://github.com:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['the app itself', 'app://portcullis/index.html'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['not a URL', 'docs.aws.amazon.com'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('hands only allow-listed URLs to the browser', async () => {
    const opened: string[] = [];
    const open = async (url: string) => void opened.push(url);
    expect(openExternalIfAllowed('https://GitHub.com/portcullis', open)).toBe(true);
    expect(openExternalIfAllowed('https://attacker.example/', open)).toBe(false);
    expect(opened).toEqual(['https://github.com/portcullis']);
  });

  it('uses Electron shell.openExternal by default', async () => {
    const { shell } = await import('electron');
    openExternalIfAllowed('https://docs.aws.amazon.com/');
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.aws.amazon.com/');
  });
});
