// `npm run bench`: builds if needed, measures each figure the issues set a target for, prints them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BenchFigure } from './bench/bench-figure';
import { benchShell } from './bench/shell-bench';

const suites: Array<[string, () => Promise<BenchFigure[]>]> = [['Shell', benchShell]];
if (existsSync('scripts/bench/mfa-audit-bench.ts')) {
  const modulePath = './bench/mfa-audit-bench';
  const { benchMfaAudit } = (await import(modulePath)) as { benchMfaAudit: () => Promise<BenchFigure[]> };
  suites.push(['MFA audit', benchMfaAudit]);
}

if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) process.exit(1);

let missed = 0;
for (const [name, run] of suites) {
  process.stdout.write(`\n${name}\n`);
  for (const f of await run()) {
    const verdict = f.target === undefined ? '' : f.value <= f.target ? `  ✓ target ≤ ${f.target} ${f.unit}` : `  ✗ target ≤ ${f.target} ${f.unit}`;
    if (f.target !== undefined && f.value > f.target) missed += 1;
    process.stdout.write(`  ${f.label}: ${f.value} ${f.unit}${verdict}\n`);
  }
}
process.stdout.write(missed ? `\n${missed} figure(s) over target\n` : '\nAll figures within target\n');
process.exit(missed ? 1 : 0);
