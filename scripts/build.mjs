// Builds everything `npm start` and the packaged app need: the renderer (Vite) and the Node
// bundles (esbuild) for the Electron main process, the preload, the web host and the sandbox.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { markBuilt } from './build-freshness.mjs';

const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

if (wants('renderer')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
if (wants('web-host')) {
  await esbuild({ ...node, entryPoints: ['electron/web-host/main.ts'], outfile: 'out/web-host/main.mjs', format: 'esm', packages: 'external' });
}
if (wants('sandbox')) {
  await esbuild({ ...node, entryPoints: ['sandbox/cli.ts'], outfile: 'out/sandbox/cli.mjs', format: 'esm', packages: 'external' });
}
if (wants('electron') && existsSync('electron/main/main.ts')) {
  await esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'out/main/main.cjs', format: 'cjs', packages: 'external', external: ['electron'],
    // The sandbox's catalog lookup reads import.meta.url only when __dirname is absent (ESM), never in this CJS bundle.
    logOverride: { 'empty-import-meta': 'silent' } });
  await esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'out/preload/preload.cjs', format: 'cjs', external: ['electron'], minify: true });
}
// The sandbox reads its AWS managed policy catalog from beside the bundle that embeds it.
for (const dir of ['out/web-host', 'out/sandbox', 'out/main']) {
  if (!existsSync(dir)) continue;
  mkdirSync(dir, { recursive: true });
  copyFileSync('sandbox/models/generated/aws-managed-policies.json.gz', `${dir}/aws-managed-policies.json.gz`);
}
if (only.length === 0) markBuilt();
process.stdout.write(`built ${only.length ? only.join(', ') : 'everything'} into out/\n`);
