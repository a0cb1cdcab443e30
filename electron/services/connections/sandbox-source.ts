import type { ConnectionSource } from './connection-service';
import type { ClientSettings } from './aws-clients';

type RunningSandbox = Awaited<ReturnType<typeof import('../../../sandbox/index').startSandbox>>;

/** The local sandbox account, started in-process on a random loopback port when first opened. */
export function createSandboxSource(options: { statePath: string | null; seed?: 'demo' | 'empty' | 'scale' }): ConnectionSource & { running(): RunningSandbox | undefined } {
  let sandbox: RunningSandbox | undefined;
  let starting: Promise<RunningSandbox> | undefined;
  return {
    summary: {
      id: 'sandbox',
      kind: 'sandbox',
      label: 'Sandbox account',
      detail: 'A local AWS account on this computer, for trying and rehearsing changes',
      region: 'us-east-1',
      isSandbox: true,
    },
    async open(): Promise<ClientSettings> {
      starting ??= import('../../../sandbox/index').then(({ startSandbox }) =>
        startSandbox({ port: 0, statePath: options.statePath, seed: options.seed ?? 'demo' }),
      );
      sandbox = await starting;
      return { region: sandbox.region, endpoint: sandbox.endpoint, credentials: sandbox.credentials };
    },
    async close(): Promise<void> {
      await sandbox?.close();
      sandbox = undefined;
      starting = undefined;
    },
    running: () => sandbox,
  };
}
