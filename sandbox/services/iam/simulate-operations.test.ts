import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/operation';
import { MFA_SELF_MANAGE_POLICY } from '../../policy/mfa-self-manage-policy.test-fixture';
import { addUserFixture, sandboxStateFixture } from '../sts/sandbox-state-fixture';
import { accountSummaryOperations } from './account-summary-operations';
import { simulateOperations as ops } from './simulate-operations';

const ctx: RequestContext = { requestId: 'r', now: new Date(), accountId: '111122223333', region: 'us-east-1', principal: null, sourceIp: '127.0.0.1' };
const mfa = (value: string) => [{ ContextKeyName: 'aws:MultiFactorAuthPresent', ContextKeyValues: [value], ContextKeyType: 'boolean' }];

describe('SimulateCustomPolicy', () => {
  it('reports explicit deny, allow and implicit deny with the deciding statements', () => {
    const out = ops.SimulateCustomPolicy!({ PolicyInputList: [MFA_SELF_MANAGE_POLICY], ActionNames: ['iam:CreateGroup', 'iam:ListUsers', 's3:ListBucket'], ContextEntries: mfa('false') }, ctx, {} as never) as any;
    const decisions = out.EvaluationResults.map((r: any) => [r.EvalActionName, r.EvalDecision]);
    expect(decisions).toEqual([['iam:CreateGroup', 'explicitDeny'], ['iam:ListUsers', 'allowed'], ['s3:ListBucket', 'explicitDeny']]);
    expect(out.EvaluationResults[0].MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'PolicyInputList.1', StartPosition: { Line: expect.any(Number), Column: expect.any(Number) } });
    const withMfa = ops.SimulateCustomPolicy!({ PolicyInputList: [MFA_SELF_MANAGE_POLICY], ActionNames: ['iam:CreateGroup'], ContextEntries: mfa('true') }, ctx, {} as never) as any;
    expect(withMfa.EvaluationResults[0].EvalDecision).toBe('implicitDeny');
  });

  it('pages results with MaxItems and Marker', () => {
    const input = { PolicyInputList: ['{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'], ActionNames: ['iam:A', 'iam:B', 'iam:C'] };
    const first = ops.SimulateCustomPolicy!({ ...input, MaxItems: 2 }, ctx, {} as never) as any;
    expect(first.EvaluationResults).toHaveLength(2);
    expect(first.IsTruncated).toBe(true);
    const second = ops.SimulateCustomPolicy!({ ...input, MaxItems: 2, Marker: first.Marker }, ctx, {} as never) as any;
    expect(second.EvaluationResults.map((r: any) => r.EvalActionName)).toEqual(['iam:C']);
    expect(second.IsTruncated).toBe(false);
  });

  it('refuses malformed policies with InvalidInput', () => {
    expect(() => ops.SimulateCustomPolicy!({ PolicyInputList: ['{not json'], ActionNames: ['iam:ListUsers'] }, ctx, {} as never)).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
  });
});

describe('SimulatePrincipalPolicy and GetAccountSummary', () => {
  it("evaluates a user's group policies and reports missing context keys", () => {
    const state = sandboxStateFixture();
    const alice = addUserFixture(state, 'alice');
    state.iam.groups['devs'] = { groupName: 'devs', groupId: 'AGPAEXAMPLE', arn: 'arn:aws:iam::111122223333:group/devs', path: '/', createDate: ctx.now.toISOString(), userNames: ['alice'], inlinePolicies: { mfa: MFA_SELF_MANAGE_POLICY }, attachedPolicyArns: [] };
    const out = ops.SimulatePrincipalPolicy!({ PolicySourceArn: alice.arn, ActionNames: ['iam:DeleteUser'] }, ctx, state) as any;
    expect(out.EvaluationResults[0]).toMatchObject({ EvalDecision: 'explicitDeny', MatchedStatements: [{ SourcePolicyId: 'mfa', SourcePolicyType: 'group' }] });
    expect(out.EvaluationResults[0].MissingContextValues).toContain('aws:MultiFactorAuthPresent');
    expect(() => ops.SimulatePrincipalPolicy!({ PolicySourceArn: 'arn:aws:iam::111122223333:user/ghost', ActionNames: ['iam:ListUsers'] }, ctx, state)).toThrow(expect.objectContaining({ code: 'NoSuchEntity' }));
    const keys = ops.GetContextKeysForPrincipalPolicy!({ PolicySourceArn: alice.arn }, ctx, state) as any;
    expect(keys.ContextKeyNames).toEqual(['aws:MultiFactorAuthPresent']);
    const summary = (accountSummaryOperations.GetAccountSummary!({}, ctx, state) as any).SummaryMap;
    expect(summary).toMatchObject({ Users: 1, Groups: 1, AccountMFAEnabled: 0, MFADevicesInUse: 0, GroupPolicySizeQuota: 5120 });
  });
});
