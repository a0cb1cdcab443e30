import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { CreateUserCommand, IAMClient, PutUserPolicyCommand, paginateListUsers } from '@aws-sdk/client-iam';
import { createRng } from '../core/rng';

const root = resolve(import.meta.dirname, '../..');

interface Started {
  child: ChildProcess;
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Starts the CLI as its own process (node + tsx loader, so SIGKILL hits the server itself). */
function startCli(statePath: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', '0', '--state', statePath, '--seed', 'empty'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    const lines: string[] = [];
    const rl = createInterface({ input: child.stdout! });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${stderr}`)));
    rl.on('line', (line) => {
      lines.push(line);
      const ready = /^READY (\S+)$/.exec(line);
      if (!ready) return;
      const value = (name: string): string => lines.map((l) => new RegExp(`export ${name}=(\\S+)`).exec(l)?.[1]).find(Boolean)!;
      resolvePromise({ child, endpoint: ready[1]!, accessKeyId: value('AWS_ACCESS_KEY_ID'), secretAccessKey: value('AWS_SECRET_ACCESS_KEY') });
    });
  });
}

describe('crash safety', () => {
  it('never corrupts the state file and keeps every acknowledged write across SIGKILLs', { timeout: 120_000 }, async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'sandbox-crash-')), 'state.json');
    const rng = createRng(2026);
    const acknowledged: string[] = [];
    let firstKeyId = '';
    for (let round = 0; round < 5; round++) {
      const started = await startCli(statePath);
      firstKeyId ||= started.accessKeyId;
      expect(started.accessKeyId).toBe(firstKeyId);
      const iam = new IAMClient({
        endpoint: started.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: started.accessKeyId, secretAccessKey: started.secretAccessKey },
        maxAttempts: 1,
      });
      let killed = false;
      const exited = new Promise((r) => started.child.once('exit', r));
      const killAfter = 150 + rng.int(600);
      setTimeout(() => {
        killed = true;
        started.child.kill('SIGKILL');
      }, killAfter);
      // Four writers in parallel so the kill lands while writes are queued and in flight.
      const writer = async (w: number): Promise<void> => {
        for (let i = 0; !killed; i++) {
          const name = `r${round}-w${w}-${i}`;
          try {
            await iam.send(new CreateUserCommand({ UserName: name }));
            await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'p', PolicyDocument: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}' }));
            acknowledged.push(name);
          } catch {
            return;
          }
        }
      };
      await Promise.all([0, 1, 2, 3].map(writer));
      await exited;
      iam.destroy();
      const state = JSON.parse(readFileSync(statePath, 'utf8'));
      for (const name of acknowledged) {
        expect(state.iam.users[name]?.inlinePolicies.p, `${name} was acknowledged in round ${round}`).toBeDefined();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(20);
    // After the last kill the server starts again from the same file and serves every user.
    const final = await startCli(statePath);
    try {
      const iam = new IAMClient({ endpoint: final.endpoint, region: 'us-east-1', credentials: { accessKeyId: final.accessKeyId, secretAccessKey: final.secretAccessKey } });
      const names: string[] = [];
      for await (const page of paginateListUsers({ client: iam }, {})) names.push(...page.Users!.map((u) => u.UserName!));
      expect(names).toEqual(expect.arrayContaining(acknowledged));
    } finally {
      final.child.kill('SIGKILL');
    }
  });
});
