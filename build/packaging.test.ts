import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the app with electron-builder `--dir` for Linux, using a stand-in Electron directory
// (electronDist) so nothing is downloaded, then inspects what a user would install.
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// electron-builder's own asar and fuses libraries, so the test reads the output as it wrote it.
const builderRequire = createRequire(require.resolve('app-builder-lib'));
const asar = builderRequire('@electron/asar') as { listPackage(archive: string): string[]; extractFile(archive: string, file: string): Buffer };
const fuses = builderRequire('@electron/fuses') as { getCurrentFuseWire(binary: string): Promise<Record<string, number | string>> };

// The fuse wire Electron binaries carry: a sentinel, version 1, 8 fuses in Electron's defaults
// (run as node on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off,
// only-asar off, V8 snapshot off, file:// privileges on).
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const on = 49;
const off = 48;
const defaultWire = [on, off, on, on, off, off, off, on];

let work: string;
let asarPath: string;
let executable: string;
let files: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portcullis-pack-'));
  const electronDist = join(work, 'electron');
  await mkdir(join(electronDist, 'locales'), { recursive: true });
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  await writeFile(join(electronDist, 'locales', 'en-US.pak'), '');
  await writeFile(
    join(electronDist, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\n# stand-in Electron for packaging tests\nexit 0\n# '), Buffer.from(fuseSentinel), Buffer.from([1, defaultWire.length, ...defaultWire]), Buffer.from('\n')]),
  );
  await chmod(join(electronDist, 'electron'), 0o755);

  // Package the current code: the Electron bundles are rebuilt; the renderer only when missing.
  await run(process.execPath, ['scripts/build.mjs', 'electron'], { cwd: root });
  if (!existsSync(join(root, 'out/renderer/index.html'))) await run(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: root });

  const output = join(work, 'dist');
  await run(
    process.execPath,
    [require.resolve('electron-builder/cli.js'), '--config', 'build/electron-builder.yml', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  asarPath = join(output, 'linux-unpacked', 'resources', 'app.asar');
  executable = join(output, 'linux-unpacked', 'portcullis');
  files = asar.listPackage(asarPath).map((f) => f.replaceAll('\\', '/'));
}, 240_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('packaged app (electron-builder --dir, Linux)', () => {
  it('contains the main bundle, the preload and the renderer, and starts from out/main/main.cjs', () => {
    for (const file of ['/package.json', '/out/main/main.cjs', '/out/preload/preload.cjs', '/out/renderer/index.html']) expect(files).toContain(file);
    expect(files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    const manifest = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('out/main/main.cjs');
  });

  it('carries the data the in-process sandbox account reads', () => {
    expect(files.some((f) => f.startsWith('/sandbox/models/generated/'))).toBe(true);
  });

  it('leaves out the web host, sources, tests, e2e and source maps', () => {
    const offending = files.filter(
      (f) =>
        f.startsWith('/out/web-host') ||
        /^\/(electron|shared|renderer|e2e|scripts|build|docs)\//.test(f) ||
        (!f.startsWith('/node_modules/') && /\.(test|spec)\.|\.map$|\.tsx?$/.test(f)),
    );
    expect(offending).toEqual([]);
  });

  it('ships every package the main bundle requires, and no development tools or renderer libraries', async () => {
    const bundle = await readFile(join(root, 'out/main/main.cjs'), 'utf8');
    const required = [...new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))]
      .filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name))
      .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(files, `missing ${name}`).toContain(`/node_modules/${name}/package.json`);
    for (const name of ['electron', 'electron-builder', 'vitest', 'vite', 'typescript', '@playwright/test', 'react', 'react-dom', '@mantine/core', '@tabler/icons-react']) {
      expect(files, `should not ship ${name}`).not.toContain(`/node_modules/${name}/package.json`);
    }
  });

  it('flips the Electron fuses in the packaged binary', async () => {
    const wire = await fuses.getCurrentFuseWire(executable);
    expect(wire).toMatchObject({
      version: '1',
      0: off, // RunAsNode
      1: on, // EnableCookieEncryption
      2: off, // EnableNodeOptionsEnvironmentVariable
      3: off, // EnableNodeCliInspectArguments
      4: on, // EnableEmbeddedAsarIntegrityValidation
      5: on, // OnlyLoadAppFromAsar
      7: off, // GrantFileProtocolExtraPrivileges
    });
  });
});
