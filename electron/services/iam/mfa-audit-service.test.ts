import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { runMfaAudit } from './mfa-audit-service';

let sandbox: RunningSandbox;
let iam: IAMClient;
let served = false;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, statePath: null, seed: 'demo' });
  iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1' });
  served = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Group'], MaxItems: 1 })).then(() => true, (e: { name?: string }) => e.name !== 'InvalidAction');
});
afterAll(async () => {
  iam.destroy();
  await sandbox.close();
});

describe('MFA coverage audit against the demo account', () => {
  it('names privileged members without MFA, reports progress and counts its calls', async (ctx) => {
    if (!served) ctx.skip(); // the sandbox does not serve GetAccountAuthorizationDetails yet
    const phases: string[] = [];
    const report = await runMfaAudit(iam, (_done, _total, label) => phases.push(label));
    const admins = report.privilegedGroups.find((g) => g.groupName === 'Admins');
    expect(admins?.reasons).toContain('AdministratorAccess attached');
    expect(admins?.membersWithoutMfa).toContain('terraform');
    expect(admins?.membersWithoutMfa).not.toContain('maria.garcia');
    expect(report.privilegedGroups.map((g) => g.groupName)).toEqual(expect.arrayContaining(['Admins', 'Developers', 'Security']));
    expect(report.users.find((u) => u.userName === 'james.smith')?.findings).toContain('privileged-without-mfa');
    expect(report.rootMfaEnabled).not.toBeNull();
    expect(report.awsCalls).toBeLessThan(report.groupCount + 10);
    expect(phases[0]).toBe('Generating the credential report and reading groups');
    expect(phases).toContain('Group memberships and policies read');
    expect(phases.at(-1)).toBe('Audit complete');
  });
});
