import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { createBackend, type Backend } from '../services/backend';
import { createLogger } from '../services/core/console-logger';
import { appStartUrl } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc, type IpcHost } from './ipc';
import { installNavigationGuard } from './navigation-guard';
import { installPermissionGuard } from './permission-guard';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { createMainWindow } from './window';

// The bundle lives in out/main; its siblings are out/preload and out/renderer (also inside app.asar).
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/preload.cjs');
const shutdownTimeoutMs = 5_000;

const logger = createLogger();
let backend: Backend | undefined;
let ipc: IpcHost | undefined;
let mainWindow: BrowserWindow | undefined;
let shuttingDown = false;

// Tests and portable setups keep their state apart from the user's.
if (process.env.PORTCULLIS_DATA_DIR) app.setPath('userData', process.env.PORTCULLIS_DATA_DIR);

// Both must happen before `ready`.
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Portcullis is running; it gets focused through 'second-instance'.
  app.quit();
} else {
  installNavigationGuard(app);
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (ipc && BrowserWindow.getAllWindows().length === 0) openMainWindow(ipc);
  });
  app.on('before-quit', (event) => {
    if (!backend || shuttingDown) return;
    event.preventDefault();
    void shutDown();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (no ${join(rendererDir, 'index.html')}). Run \`npm run build\` first.`);
  }
  installPermissionGuard(session.defaultSession);
  serveRenderer(session.defaultSession, rendererDir);
  const dataDir = app.getPath('userData');
  const secretStore = await SafeStorageSecretStore.open({ safeStorage, dataDir });
  if (secretStore.needsBasicTextOptIn) logger.warn('no system keyring: saving access keys is off until the user allows weak storage');
  backend = await createBackend({ host: 'desktop', version: app.getVersion(), dataDir, secretStore, logger });
  ipc = registerIpc(backend, logger);
  openMainWindow(ipc);
}

function openMainWindow(host: IpcHost): void {
  const window = createMainWindow({ preloadPath });
  // Trusted before the first load, so the renderer's first call is already answered.
  host.trust(window.webContents);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
  void window.loadURL(appStartUrl);
}

async function shutDown(): Promise<void> {
  shuttingDown = true;
  ipc?.close();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, shutdownTimeoutMs).unref());
  try {
    await Promise.race([backend?.close(), timeout]);
  } catch (error) {
    logger.error('the backend did not close cleanly', { error: error instanceof Error ? error.message : String(error) });
  }
  app.quit();
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  logger.error('Portcullis could not start', { error: message });
  dialog.showErrorBox('Portcullis could not start', message);
  app.exit(1);
}
