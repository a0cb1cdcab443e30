// `npm start`: builds when needed, then opens the desktop window, or browser mode when the
// Electron binary is missing or no display is available (`npm start -- --browser` forces it).
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findElectronBinary } from './electron-binary.mjs';
import { buildIsStale } from './build-freshness.mjs';

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser');

if (buildIsStale()) {
  process.stdout.write('Building Portcullis…\n');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = findElectronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const children = new Set();

if (electron && hasDisplay && !forceBrowser) {
  const child = spawn(electron, ['out/main/main.cjs', ...passThrough], { stdio: 'inherit' });
  track(child);
} else {
  if (!forceBrowser) {
    const why = !electron
      ? 'the Electron binary is not installed (Electron fetches it on first use; run `npx install-electron` on a machine with internet access, then `npm start` again)'
      : 'there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set)';
    process.stdout.write(
      `\nThe Portcullis desktop window cannot open because ${why}. ` +
        'Portcullis is starting in browser mode instead: the same app, served only to this computer on 127.0.0.1 with a one-time token. ' +
        'Credentials you enter in browser mode are kept in memory only and forgotten when you stop it. Press Ctrl-C to stop.\n\n',
    );
  }
  const child = spawn(process.execPath, ['out/web-host/main.mjs', ...passThrough], { stdio: ['ignore', 'pipe', 'inherit'] });
  track(child);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^PORTCULLIS_URL=(.+)$/.exec(line);
    if (!match) return process.stdout.write(`${line}\n`);
    process.stdout.write(`Portcullis is running at:\n\n  ${match[1]}\n\nOpen that address in your browser (it includes the access token).\n`);
    if (hasDisplay && !process.env.CI) openBrowser(match[1]);
  });
}

function track(child) {
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    process.exit(signal ? 0 : (code ?? 0));
  });
}

function openBrowser(url) {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const opener = spawn(command, [url], { stdio: 'ignore', detached: true });
  opener.on('error', () => undefined);
  opener.unref();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
  });
}
