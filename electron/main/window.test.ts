import { describe, expect, it, vi } from 'vitest';

const created: Array<{ options: Record<string, unknown>; shown: boolean; readyListeners: Array<() => void> }> = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record;
    constructor(options: Record<string, unknown>) {
      this.record = { options, shown: false, readyListeners: [] as Array<() => void> };
      created.push(this.record);
    }
    once(name: string, listener: () => void) {
      if (name === 'ready-to-show') this.record.readyListeners.push(listener);
    }
    show() {
      this.record.shown = true;
    }
  },
}));

const { createMainWindow } = await import('./window');

describe('createMainWindow', () => {
  it('locks the renderer down: isolated, sandboxed, no Node, no webviews, no insecure content', () => {
    createMainWindow({ preloadPath: '/app/out/preload/preload.cjs' });
    const options = created.at(-1)!.options;
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/preload.cjs',
    });
  });

  it('is titled Portcullis and stays hidden until the first paint', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const window = created.at(-1)!;
    expect(window.options).toMatchObject({ title: 'Portcullis', show: false });
    expect(window.options.width).toBeGreaterThanOrEqual(1024);
    expect(window.shown).toBe(false);
    for (const listener of window.readyListeners) listener();
    expect(window.shown).toBe(true);
  });
});
