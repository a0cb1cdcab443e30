// `npm test`: lint, typecheck, build, unit tests, the security scan and the e2e suite, in that
// order; each runs even when an earlier one failed, and the last line sums them all up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];
mkdirSync('test-results', { recursive: true });

function run(name, command, args, options = {}) {
  process.stdout.write(`\n━━ ${name}: ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`━━ ${name}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${seconds} s\n`);
  return result.status === 0;
}

function check(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

check('lint', run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']));
check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
const built = run('build', process.execPath, ['scripts/build.mjs']);
check('build', built);

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  results.push({ name: 'unit tests', passed: unit.numPassedTests, failed: unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1), skipped: unit.numPendingTests + unit.numTodoTests });
} else check('unit tests', false);

if (existsSync('build/security-scan.mjs')) check('security scan', run('security scan', process.execPath, ['build/security-scan.mjs']));

if (built) {
  rmSync('test-results/e2e-report.json', { force: true });
  const e2eOk = run('e2e', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e-report.json');
  if (e2e?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
    results.push({ name: 'e2e', passed: expected + flaky, failed: unexpected + (e2eOk || unexpected ? 0 : 1), skipped });
  } else check('e2e', false);
} else check('e2e (not run: the build failed)', false);

const total = results.reduce((acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed, skipped: acc.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
process.stdout.write('\nSummary\n');
for (const r of results) process.stdout.write(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}\n`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`);
process.exit(total.failed ? 1 : 0);
