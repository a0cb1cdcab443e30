import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';
import { findChromium } from '../../e2e/support/find-chromium';
import type { BenchFigure } from './bench-figure';

/** Time from `node out/web-host/main.mjs` to an interactive shell in Chromium, best of `runs`. */
async function timeToInteractive(runs: number): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      const started = performance.now();
      const child = spawn(process.execPath, ['out/web-host/main.mjs', '--memory', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          createInterface({ input: child.stdout! }).on('line', (line) => {
            const m = /^PORTCULLIS_URL=(.+)$/.exec(line);
            if (m?.[1]) resolve(m[1]);
          });
          child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
        });
        await page.goto(url);
        await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /^Activity/ }).click();
        await page.getByRole('heading', { level: 2, name: 'Activity' }).waitFor();
        times.push(performance.now() - started);
      } finally {
        child.kill('SIGTERM');
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return Math.min(...times);
}

/** Gzipped size of the JavaScript the renderer's index.html loads first. */
function initialJsGzipBytes(dir = 'out/renderer'): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
}

/** The foundation's figures: start-up to interactive shell, and initial JavaScript size. */
export async function benchShell(): Promise<BenchFigure[]> {
  return [
    { label: 'browser mode: start to interactive shell (best of 3)', value: Math.round(await timeToInteractive(3)), unit: 'ms', target: 1500 },
    { label: 'renderer initial JavaScript, gzipped', value: Math.round(initialJsGzipBytes() / 1024), unit: 'KB', target: 600 },
  ];
}
