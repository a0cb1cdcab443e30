import type { ConnectionSource, OpenedSource } from './connection-source';

/** What the app needs of a running sandbox account. */
export interface SandboxEndpoint {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  close(): Promise<void>;
}

/** Starts the sandbox account; the default runs it in this process. */
export type SandboxStarter = () => Promise<SandboxEndpoint>;

/** The local sandbox account, started in-process on a random loopback port when first opened. */
export function createSandboxSource(options: { statePath: string | null; seed?: 'demo' | 'empty' | 'scale'; start?: SandboxStarter }): ConnectionSource & { running(): SandboxEndpoint | undefined } {
  let sandbox: SandboxEndpoint | undefined;
  let starting: Promise<SandboxEndpoint> | undefined;
  const start: SandboxStarter =
    options.start ??
    (() => import('../../../sandbox/index').then(({ startSandbox }) => startSandbox({ port: 0, statePath: options.statePath, seed: options.seed ?? 'demo' })));
  return {
    summary: {
      id: 'sandbox',
      kind: 'sandbox',
      label: 'Sandbox account',
      detail: 'A local AWS account on this computer, for trying and rehearsing changes',
      region: 'us-east-1',
      isSandbox: true,
    },
    async open(): Promise<OpenedSource> {
      starting ??= start();
      sandbox = await starting;
      const { accessKeyId, secretAccessKey } = sandbox.credentials;
      return { region: sandbox.region, endpoint: sandbox.endpoint, credentials: { accessKeyId, secretAccessKey }, renewable: true };
    },
    async close(): Promise<void> {
      await sandbox?.close();
      sandbox = undefined;
      starting = undefined;
    },
    running: () => sandbox,
  };
}
