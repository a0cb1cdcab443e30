/**
 * Runs the AWS CLI (`aws`, Debian's awscli package) against an in-process sandbox.
 *
 *   const cli = await startAwsCliSandbox({ seed: 'empty' });   // starts a sandbox + temp config
 *   const out = await cli.run(['iam', 'create-user', '--user-name', 'alice']);
 *   if (out.ok) out.json.User.UserName; else out.errorCode;      // 'EntityAlreadyExists', …
 *   await cli.close();
 *
 * Wrap suites in `describeAwsCli(...)`: it skips, saying why, when `aws` is not installed.
 * The temp config sets `parameter_validation = false` so the sandbox's own validation is what
 * answers, and `max_attempts = 1` so errors come back at once. Credentials are the sandbox's
 * root keys unless `run(args, { credentials })` passes others. `PORTCULLIS_AWS_CLI` picks a
 * specific binary; otherwise /usr/bin/aws, then `aws` on PATH.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../index';

export type AwsCliResult =
  | { ok: true; json: any; stdout: string }
  | { ok: false; exitCode: number; stderr: string; errorCode?: string; message?: string };

export interface AwsCliSandbox {
  sandbox: RunningSandbox;
  /** Runs `aws --endpoint-url … --output json <args>` and parses the outcome. */
  run(args: string[], options?: { credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } }): Promise<AwsCliResult>;
  close(): Promise<void>;
}

function findAwsCli(): string | undefined {
  const candidates = [process.env.PORTCULLIS_AWS_CLI, '/usr/bin/aws', 'aws'].filter((c): c is string => !!c);
  for (const c of candidates) {
    if (c.startsWith('/') && !existsSync(c)) continue;
    try {
      execFileSync(c, ['--version'], { stdio: 'pipe', timeout: 30_000 });
      return c;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** The AWS CLI binary, or undefined when none is installed. */
export const awsCliPath = findAwsCli();

/** `describe` that skips with a clear reason when the AWS CLI is missing. */
export const describeAwsCli: typeof describe = (awsCliPath
  ? describe
  : (name: string, ...rest: unknown[]) => {
      console.warn(`Skipping "${name}": the AWS CLI is not installed (apt-get install awscli).`);
      return (describe.skip as (n: string, ...r: unknown[]) => void)(name, ...rest);
    }) as typeof describe;

export async function startAwsCliSandbox(options: SandboxOptions = {}): Promise<AwsCliSandbox> {
  if (!awsCliPath) throw new Error('The AWS CLI is not installed (apt-get install awscli).');
  const sandbox = await startSandbox({ seed: 'empty', ...options });
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-awscli-'));
  const config = join(dir, 'config');
  writeFileSync(config, `[default]\nregion = ${sandbox.region}\noutput = json\nparameter_validation = false\nmax_attempts = 1\nretry_mode = standard\ncli_pager =\n`);
  writeFileSync(join(dir, 'credentials'), '');
  const run: AwsCliSandbox['run'] = (args, runOptions = {}) => {
    const creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = runOptions.credentials ?? sandbox.credentials;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
      AWS_PAGER: '',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
    };
    return new Promise((resolve) => {
      execFile(awsCliPath!, ['--endpoint-url', sandbox.endpoint, '--output', 'json', ...args], { env, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (!error) {
          resolve({ ok: true, json: stdout.trim() ? JSON.parse(stdout) : {}, stdout });
          return;
        }
        const m = /An error occurred \(([^)]+)\) when calling the \S+ operation(?: \([^)]*\))?: ([\s\S]*)$/.exec(stderr.trim());
        resolve({ ok: false, exitCode: typeof error.code === 'number' ? error.code : 1, stderr, errorCode: m?.[1], message: m?.[2]?.trim() });
      });
    });
  };
  return {
    sandbox,
    run,
    close: async () => {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The parsed JSON of a successful run; throws with the CLI's stderr otherwise. */
export function okJson(result: AwsCliResult): any {
  if (!result.ok) throw new Error(`aws failed (${result.exitCode}): ${result.stderr}`);
  return result.json;
}
