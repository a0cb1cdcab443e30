#!/usr/bin/env node
// `npm run dist [-- <electron-builder options>]`: builds the app and packages it for this OS
// (or the platforms given, e.g. `-- --linux --win`) into dist/.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;

process.stdout.write(
  `Packaging Portcullis needs the network: electron-builder downloads Electron ${electronVersion} for each target ` +
    '(and the AppImage, deb, dmg and nsis tools) from GitHub unless they are already in its cache. ' +
    'Offline, `npx vitest run build/packaging.test.ts` still proves the configuration and file list with a stand-in Electron.\n',
);

const steps = [
  ['build', [process.execPath, 'scripts/build.mjs']],
  ['package', [process.execPath, require.resolve('electron-builder/cli.js'), '--config', 'build/electron-builder.yml', '--publish', 'never', ...process.argv.slice(2)]],
];
for (const [name, [command, ...args]] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    const hint = name === 'package' ? ' If it failed while downloading, check the network or set ELECTRON_MIRROR.' : '';
    process.stderr.write(`npm run dist: the ${name} step failed.${hint}\n`);
    process.exit(result.status ?? 1);
  }
}
