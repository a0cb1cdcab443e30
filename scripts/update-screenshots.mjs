// `npm run docs:screenshots`: rebuilds the renderer and lets the e2e suite retake the README's
// and the user guide's screenshots into docs/screenshots.
import { spawnSync } from 'node:child_process';

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs', 'renderer']);
run('npx', ['playwright', 'test', '--project=chromium', 'e2e/shell.spec.ts', 'e2e/user-guide.spec.ts'], { PORTCULLIS_UPDATE_SCREENSHOTS: '1' });
