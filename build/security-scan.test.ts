import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs `npm run security:scan`'s script and reports its exit code and output. */
async function scan(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, ['build/security-scan.mjs', ...args], { timeout: 150_000 });
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

let fixtures: string;

beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), 'portcullis-scan-fixture-'));
  await writeFile(
    join(fixtures, 'insecure-window.ts'),
    [
      "import { BrowserWindow } from 'electron';",
      'export function openWindow(): BrowserWindow {',
      '  return new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      '}',
      '',
    ].join('\n'),
  );
  await writeFile(join(fixtures, 'weak-csp.ts'), `export const contentSecurityPolicy = "default-src 'none'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'";\n`);
});
afterAll(() => rm(fixtures, { recursive: true, force: true }));

describe('security scan', () => {
  it.concurrent('passes on the app Electron code with zero findings', async () => {
    const { code, output } = await scan();
    expect(output).toContain('security scan passed: 0 findings');
    expect(code).toBe(0);
  }, 160_000);

  it.concurrent('fails on a window with nodeIntegration and names the file and line', async () => {
    const { code, output } = await scan('--input', fixtures);
    expect(code).toBe(1);
    expect(output).toMatch(/insecure-window\.ts:3\s+NODE_INTEGRATION_JS_CHECK/);
    expect(output).toMatch(/insecure-window\.ts:3\s+SANDBOX_JS_CHECK/);
    expect(output).toContain('security scan FAILED');
  }, 160_000);

  it.concurrent('fails when the Content-Security-Policy allows eval', async () => {
    const { code, output } = await scan('--input', 'electron/preload', '--csp', join(fixtures, 'weak-csp.ts'));
    expect(code).toBe(1);
    expect(output).toMatch(/weak-csp\.ts:1\s+CSP_EVALUATOR.*unsafe-eval/);
  }, 160_000);
});
