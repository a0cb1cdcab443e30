import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../services/backend';
import { defaultDataDir } from '../services/core/data-dir';
import { MemorySecretStore } from '../services/core/secret-store';
import { startWebHost } from './web-host-server';

/** Browser mode: the backend and the built renderer on 127.0.0.1, secrets in memory only. */
async function main(): Promise<void> {
  quietNodeVersionNotice();
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      'sandbox-seed': { type: 'string', default: 'demo' },
      'memory': { type: 'boolean', default: false },
    },
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = values['static-dir'] ?? [join(here, '../renderer'), resolve('out/renderer')].find((d) => existsSync(join(d, 'index.html')));
  if (!staticDir) throw new Error('The renderer is not built. Run `npm run build` first.');
  const seed = values['sandbox-seed'];
  if (seed !== 'demo' && seed !== 'empty' && seed !== 'scale') throw new Error('--sandbox-seed takes demo, empty or scale.');
  const backend = await createBackend({
    host: 'browser',
    version: process.env.npm_package_version ?? '0.1.0',
    dataDir: values.memory ? null : (values['data-dir'] ?? defaultDataDir()),
    secretStore: new MemorySecretStore(),
    sandboxSeed: seed,
  });
  const host = await startWebHost({ backend, staticDir, port: Number(values.port) });
  // The first line is machine-readable for scripts and tests that start this process.
  process.stdout.write(`PORTCULLIS_URL=${host.url}\n`);
  const stop = async (): Promise<void> => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** The AWS SDK's notice about future Node versions is for developers, not for someone running the app. */
function quietNodeVersionNotice(): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name !== 'NodeVersionSupportWarning') process.stderr.write(`${warning.name}: ${warning.message}\n`);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Portcullis could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
