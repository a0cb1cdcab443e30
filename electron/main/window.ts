import { BrowserWindow } from 'electron';

/** Where the window's preload bundle is. */
export interface MainWindowOptions {
  readonly preloadPath: string;
}

/**
 * Creates the one app window: sandboxed, context-isolated, no Node, no webviews, and hidden
 * until the first paint so it never flashes blank. The caller trusts it for IPC, then loads it. The preferences stay an inline literal so
 * static scanners see exactly what Electron gets.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Portcullis',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#1a1b1e',
    autoHideMenuBar: true,
    webPreferences: {
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
      // The preload is reviewed: it exposes only the contract's functions (electron/preload/bridge.ts).
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK -- reviewed, see above
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
