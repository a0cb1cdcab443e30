import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn(async () => undefined) } }));

const { guardWebContents, installNavigationGuard } = await import('./navigation-guard');

type Listener = (event: { preventDefault(): void; url?: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    /** Fires an event and reports whether the guard cancelled it. */
    fire(name: string, url?: string): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true), url });
      return prevented;
    },
    openWindow: (url: string) => openHandler!({ url }),
  };
}

describe('navigation guard', () => {
  it('lets the window move within the app origin', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    guardWebContents(contents as never, (url) => (opened.push(url), true));
    expect(contents.fire('will-navigate', 'app://portcullis/index.html#/roles')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('cancels navigation away from the app and hands allow-listed links to the browser', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    guardWebContents(contents as never, (url) => (opened.push(url), true));
    expect(contents.fire('will-navigate', 'https://docs.aws.amazon.com/IAM/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://attacker.example/')).toBe(true);
    expect(opened).toEqual(['https://docs.aws.amazon.com/IAM/', 'file:///etc/passwd']);
  });

  it('never opens a new window and never attaches a webview', () => {
    const contents = fakeContents();
    const opened: string[] = [];
    guardWebContents(contents as never, (url) => (opened.push(url), true));
    expect(contents.openWindow('app://portcullis/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://help.okta.com/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['app://portcullis/index.html', 'https://help.okta.com/']);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('uses the allowlist by default, so a foreign link opens nothing', async () => {
    const { shell } = await import('electron');
    const contents = fakeContents();
    guardWebContents(contents as never);
    contents.openWindow('https://attacker.example/');
    contents.fire('will-navigate', 'https://console.aws.amazon.com/iam/');
    expect(vi.mocked(shell.openExternal).mock.calls).toEqual([['https://console.aws.amazon.com/iam/']]);
  });

  it('guards every web contents the app creates', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = { on: (name: string, listener: typeof created) => name === 'web-contents-created' && (created = listener) };
    installNavigationGuard(app as never);
    const contents = fakeContents();
    created!({}, contents);
    expect(contents.fire('will-navigate', 'https://attacker.example/')).toBe(true);
  });
});
