import { CreateSAMLProviderCommand, CreateUserCommand, GenerateCredentialReportCommand, GetAccountSummaryCommand, GetCredentialReportCommand, IAMClient, SimulateCustomPolicyCommand, SimulatePrincipalPolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIdp } from '../../saml/test-idp';
import { startSecurityTestSandbox, type SecurityTestSandbox } from '../sts/security-test-sandbox';

describe('account reports and the simulator through the sandbox (SDK v3)', () => {
  let sandbox: SecurityTestSandbox;
  let iam: IAMClient;
  beforeAll(async () => {
    sandbox = await startSecurityTestSandbox();
    iam = new IAMClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: sandbox.credentials, maxAttempts: 1 });
    await iam.send(new CreateUserCommand({ UserName: 'gina' }));
  });
  afterAll(() => sandbox.close());

  it('generates the credential report asynchronously and returns it as CSV', async () => {
    const early = await iam.send(new GetCredentialReportCommand({})).catch((e) => e);
    expect(early.name).toBe('CredentialReportNotPresentException');
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED');
    const notReady = await iam.send(new GetCredentialReportCommand({})).catch((e) => e);
    expect(notReady.name).toBe('CredentialReportNotReadyException');
    let state: string | undefined;
    for (let i = 0; i < 50 && state !== 'COMPLETE'; i++) {
      state = (await iam.send(new GenerateCredentialReportCommand({}))).State;
      if (state !== 'COMPLETE') await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe('COMPLETE');
    const report = await iam.send(new GetCredentialReportCommand({}));
    expect(report.ReportFormat).toBe('text/csv');
    const lines = new TextDecoder().decode(report.Content).split('\n');
    expect(lines[0]!.split(',')).toHaveLength(22);
    expect(lines[1]).toMatch(/^<root_account>,/);
    expect(lines[2]).toMatch(/^gina,arn:aws:iam::\d{12}:user\/gina,/);
  });

  it('summarizes the account', async () => {
    await iam.send(new CreateSAMLProviderCommand({ Name: 'Idp', SAMLMetadataDocument: createTestIdp().metadataXml() }));
    const { SummaryMap } = await iam.send(new GetAccountSummaryCommand({}));
    expect(SummaryMap).toMatchObject({ Users: 1, Providers: 1, AccountMFAEnabled: 0, UsersQuota: 5000 });
  });

  it('simulates custom and principal policies with context entries', async () => {
    const deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: 'Deny', NotAction: 'iam:ListUsers', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] });
    const custom = await iam.send(new SimulateCustomPolicyCommand({
      PolicyInputList: [deny],
      ActionNames: ['iam:DeleteUser', 'iam:ListUsers'],
      ContextEntries: [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['false'], ContextKeyType: 'boolean' }],
    }));
    expect(custom.EvaluationResults?.map((r) => r.EvalDecision)).toEqual(['explicitDeny', 'allowed']);
    expect(custom.EvaluationResults?.[0]?.MatchedStatements?.[0]?.SourcePolicyId).toBe('PolicyInputList.1');
    await iam.send(new PutUserPolicyCommand({ UserName: 'gina', PolicyName: 'mfa', PolicyDocument: deny }));
    const principal = await iam.send(new SimulatePrincipalPolicyCommand({
      PolicySourceArn: `arn:aws:iam::${sandbox.accountId}:user/gina`,
      ActionNames: ['iam:DeleteUser'],
      ContextEntries: [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: ['true'], ContextKeyType: 'boolean' }],
    }));
    expect(principal.EvaluationResults?.[0]).toMatchObject({ EvalDecision: 'allowed', MatchedStatements: [{ SourcePolicyId: 'mfa', SourcePolicyType: 'user' }] });
  });
});
