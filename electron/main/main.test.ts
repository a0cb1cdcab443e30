import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Drives main.ts against a mocked Electron to check the lifecycle a user depends on: the
// sandbox and app:// scheme set up before ready, one instance, guards installed, the window
// trusted before it loads, and quitting closes the backend.
const calls: string[] = [];
const appListeners = new Map<string, (...args: unknown[]) => void>();
const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
const windows: Array<{ url?: string; preload?: string; listeners: Map<string, () => void> }> = [];
let userData = '';
let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((r) => (resolveReady = r));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  // Pretend the renderer is built; the files themselves are served by renderer-asset (tested apart).
  return { ...real, existsSync: (path: string) => String(path).endsWith('index.html') || real.existsSync(path) };
});

vi.mock('electron', () => {
  const session = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: () => calls.push('permission-request-handler'),
    setPermissionCheckHandler: () => calls.push('permission-check-handler'),
    setDevicePermissionHandler: () => undefined,
  };
  class BrowserWindow {
    static getAllWindows = () => windows;
    readonly record = { listeners: new Map<string, () => void>() } as (typeof windows)[number];
    readonly webContents = { id: 1, once: () => undefined, mainFrame: {}, isDestroyed: () => false, getURL: () => this.record.url ?? '' };
    constructor(options: { webPreferences: { preload: string } }) {
      this.record.preload = options.webPreferences.preload;
      windows.push(this.record);
      calls.push('window');
    }
    once() {}
    on(name: string, listener: () => void) {
      this.record.listeners.set(name, listener);
    }
    loadURL(url: string) {
      this.record.url = url;
      calls.push('load');
      return Promise.resolve();
    }
  }
  return {
    app: {
      setPath: (_name: string, path: string) => (userData = path),
      getPath: () => userData,
      getVersion: () => '1.2.3',
      enableSandbox: () => calls.push('enable-sandbox'),
      requestSingleInstanceLock: () => (calls.push('single-instance-lock'), true),
      on: (name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener),
      whenReady: () => ready,
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: (schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) => calls.push(`register ${schemes[0]!.scheme} ${JSON.stringify(schemes[0]!.privileges)}`) },
    session: { defaultSession: session },
    safeStorage: { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: () => Buffer.alloc(0), decryptString: () => '' },
    dialog: { showErrorBox: (title: string, message: string) => calls.push(`error ${title}: ${message}`) },
    ipcMain: { handle: (channel: string) => calls.push(`handle ${channel}`), removeHandler: (channel: string) => calls.push(`unhandle ${channel}`) },
    shell: { openExternal: async () => undefined },
  };
});

beforeAll(async () => {
  process.env.PORTCULLIS_DATA_DIR = await mkdtemp(join(tmpdir(), 'portcullis-main-'));
  await import('./main');
});
afterAll(async () => {
  await rm(process.env.PORTCULLIS_DATA_DIR!, { recursive: true, force: true });
  delete process.env.PORTCULLIS_DATA_DIR;
});

describe('main process lifecycle', () => {
  it('before ready: registers app:// as a secure standard scheme, enables the sandbox, takes the single-instance lock', () => {
    expect(calls[0]).toBe('register app {"standard":true,"secure":true,"supportFetchAPI":true,"corsEnabled":true}');
    expect(calls.slice(1, 3)).toEqual(['enable-sandbox', 'single-instance-lock']);
    expect(appListeners.has('web-contents-created')).toBe(true);
    expect(calls).not.toContain('window');
  });

  it('when ready: denies permissions, serves app://, wires IPC, then opens the window on app://portcullis', async () => {
    resolveReady();
    await vi.waitFor(() => expect(calls).toContain('load'), { timeout: 10_000 });
    expect(calls.indexOf('permission-request-handler')).toBeLessThan(calls.indexOf('window'));
    expect(calls.indexOf('handle app.info')).toBeLessThan(calls.indexOf('window'));
    expect(protocolHandlers.has('app')).toBe(true);
    expect(windows[0]!.url).toBe('app://portcullis/index.html');
    expect(windows[0]!.preload).toMatch(/preload[\\/]preload\.cjs$/);
    expect(userData).toBe(process.env.PORTCULLIS_DATA_DIR);
    expect(calls.filter((c) => c.startsWith('error'))).toEqual([]);
  });

  it('refuses anything but GET on app:// and answers with the CSP', async () => {
    const post = await protocolHandlers.get('app')!(new Request('app://portcullis/index.html', { method: 'POST' }));
    expect(post.status).toBe(405);
    const missing = await protocolHandlers.get('app')!(new Request('app://portcullis/assets/none.js'));
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('on quit: holds the quit, closes the backend and the IPC handlers, then quits', async () => {
    let prevented = false;
    appListeners.get('before-quit')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(calls).toContain('quit'), { timeout: 10_000 });
    expect(calls).toContain('unhandle app.info');
    // A second before-quit (from the app.quit above) goes through.
    let preventedAgain = false;
    appListeners.get('before-quit')!({ preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});
