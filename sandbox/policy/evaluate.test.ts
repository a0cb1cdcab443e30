import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './condition-operators';
import { evaluatePolicies, positionOf, type PolicySource } from './evaluate';
import { MFA_SELF_MANAGE_POLICY } from './mfa-self-manage-policy.test-fixture';
import { parsePolicyDocument } from './policy-document';
import { contextFrom } from './request-context';

const source = (text: string, id = 'PolicyInputList.1'): PolicySource => ({ id, type: 'IAM Policy', text, document: parsePolicyDocument(text) });
const policy = (...statements: object[]) => source(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const ADMIN = policy({ Effect: 'Allow', Action: '*', Resource: '*' });

describe('evaluatePolicies', () => {
  const alice = { 'aws:username': 'alice' };
  const decide = (p: PolicySource[], action: string, resource: string, ctx: Record<string, string | undefined> = alice) =>
    evaluatePolicies(p, { action, resource, context: contextFrom(ctx) }).decision;

  it('denies implicitly when nothing allows', () => {
    expect(decide([], 'iam:ListUsers', '*')).toBe('implicitDeny');
  });

  it('matches actions case-insensitively with * and ? wildcards', () => {
    const p = [policy({ Effect: 'Allow', Action: 'IAM:list*', Resource: '*' }, { Effect: 'Allow', Action: 'sts:Get?essionToken', Resource: '*' })];
    expect(decide(p, 'iam:ListUsers', '*')).toBe('allowed');
    expect(decide(p, 'iam:GetUser', '*')).toBe('implicitDeny');
    expect(decide(p, 'sts:GetSessionToken', '*')).toBe('allowed');
  });

  it('lets an explicit deny win over any allow', () => {
    const p = [ADMIN, policy({ Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' })];
    const r = evaluatePolicies(p, { action: 'iam:DeleteUser', resource: 'arn:aws:iam::111122223333:user/bob', context: contextFrom({}) });
    expect(r.decision).toBe('explicitDeny');
    expect(r.matched).toHaveLength(1);
    expect(decide(p, 'iam:GetUser', '*')).toBe('allowed');
  });

  it('supports NotAction and NotResource', () => {
    const p = [policy({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::secret/*' })];
    expect(decide(p, 's3:GetObject', 'arn:aws:s3:::public/a')).toBe('allowed');
    expect(decide(p, 's3:GetObject', 'arn:aws:s3:::secret/a')).toBe('implicitDeny');
    expect(decide(p, 'iam:ListUsers', '*')).toBe('implicitDeny');
  });

  it('substitutes ${aws:username} and matches nothing when the variable is missing', () => {
    const p = [policy({ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/${aws:username}' })];
    expect(decide(p, 'iam:EnableMFADevice', 'arn:aws:iam::111122223333:user/alice')).toBe('allowed');
    expect(decide(p, 'iam:EnableMFADevice', 'arn:aws:iam::111122223333:user/bob')).toBe('implicitDeny');
    expect(decide(p, 'iam:EnableMFADevice', 'arn:aws:iam::111122223333:user/alice', {})).toBe('implicitDeny');
  });

  it('treats ${...} literally in policies without Version 2012-10-17', () => {
    const old = source(JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/${aws:username}' }] }));
    expect(decide([old], 'iam:GetUser', 'arn:aws:iam::111122223333:user/alice')).toBe('implicitDeny');
    expect(decide([old], 'iam:GetUser', 'arn:aws:iam::111122223333:user/${aws:username}')).toBe('allowed');
  });

  it('applies the permissions boundary as an intersection', () => {
    const boundary = [policy({ Effect: 'Allow', Action: 'iam:List*', Resource: '*' })];
    const ctx = contextFrom({});
    expect(evaluatePolicies([ADMIN], { action: 'iam:ListUsers', resource: '*', context: ctx }, boundary).decision).toBe('allowed');
    const r = evaluatePolicies([ADMIN], { action: 'iam:DeleteUser', resource: '*', context: ctx }, boundary);
    expect(r.decision).toBe('implicitDeny');
    expect(r.allowedByBoundary).toBe(false);
  });

  it('requires every condition key (AND) while values of one key are ORed', () => {
    const p = [policy({
      Effect: 'Allow', Action: '*', Resource: '*',
      Condition: { StringEquals: { 'aws:username': ['alice', 'carol'] }, IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } },
    })];
    expect(decide(p, 'iam:ListUsers', '*', { 'aws:username': 'carol', 'aws:SourceIp': '127.0.0.1' })).toBe('allowed');
    expect(decide(p, 'iam:ListUsers', '*', { 'aws:username': 'carol', 'aws:SourceIp': '10.0.0.1' })).toBe('implicitDeny');
    expect(decide(p, 'iam:ListUsers', '*', { 'aws:username': 'bob', 'aws:SourceIp': '127.0.0.1' })).toBe('implicitDeny');
  });

  describe('the official MFA self-management policy (aws-api.md §5.1)', () => {
    const p = [source(MFA_SELF_MANAGE_POLICY)];
    const user = 'arn:aws:iam::111122223333:user/alice';
    it('locks long-term keys (key absent) out of everything but MFA enrollment', () => {
      expect(decide(p, 'iam:ListUsers', 'arn:aws:iam::111122223333:user/')).toBe('allowed');
      expect(decide(p, 'iam:EnableMFADevice', user)).toBe('allowed');
      expect(decide(p, 'iam:DeactivateMFADevice', user)).toBe('explicitDeny');
      expect(decide(p, 'iam:CreateGroup', '*')).toBe('explicitDeny');
    });
    it('denies a session without MFA and allows deactivation with MFA', () => {
      expect(decide(p, 'iam:DeactivateMFADevice', user, { ...alice, 'aws:MultiFactorAuthPresent': 'false' })).toBe('explicitDeny');
      expect(decide(p, 'iam:DeactivateMFADevice', user, { ...alice, 'aws:MultiFactorAuthPresent': 'true' })).toBe('allowed');
      expect(decide(p, 'iam:CreateGroup', '*', { ...alice, 'aws:MultiFactorAuthPresent': 'true' })).toBe('implicitDeny');
    });
  });

  it('reports statement positions as line and column', () => {
    const text = MFA_SELF_MANAGE_POLICY;
    const r = evaluatePolicies([source(text)], { action: 'iam:ListUsers', resource: '*', context: contextFrom(alice) });
    const start = positionOf(text, r.matched[0]!.statement.start);
    expect(start).toEqual({ Line: 4, Column: 5 });
    expect(text.slice(r.matched[0]!.statement.start, r.matched[0]!.statement.end)).toContain('AllowListActions');
  });
});

describe('evaluateCondition', () => {
  it('implements Bool, BoolIfExists and Null for present and absent keys', () => {
    expect(evaluateCondition('Bool', undefined, ['false'])).toBe(false);
    expect(evaluateCondition('BoolIfExists', undefined, ['false'])).toBe(true);
    expect(evaluateCondition('Bool', ['FALSE'], ['false'])).toBe(true);
    expect(evaluateCondition('Null', undefined, ['true'])).toBe(true);
    expect(evaluateCondition('Null', ['x'], ['true'])).toBe(false);
    expect(evaluateCondition('Null', ['x'], ['false'])).toBe(true);
  });
  it('treats a missing key as a match for negated operators only', () => {
    expect(evaluateCondition('StringNotEquals', undefined, ['a'])).toBe(true);
    expect(evaluateCondition('StringEquals', undefined, ['a'])).toBe(false);
    expect(evaluateCondition('NumericGreaterThanIfExists', undefined, ['1800'])).toBe(true);
  });
  it('compares numbers, dates, strings and ARNs', () => {
    expect(evaluateCondition('NumericLessThanEquals', ['3600'], ['3600'])).toBe(true);
    expect(evaluateCondition('NumericLessThan', ['3600'], ['3600'])).toBe(false);
    expect(evaluateCondition('NumericGreaterThan', ['abc'], ['1'])).toBe(false);
    expect(evaluateCondition('DateGreaterThan', ['2026-03-01T00:00:00Z'], ['2026-01-01T00:00:00Z'])).toBe(true);
    expect(evaluateCondition('DateLessThan', ['2026-03-01T00:00:00Z'], ['1767225600'])).toBe(false);
    expect(evaluateCondition('StringEqualsIgnoreCase', ['ALICE'], ['alice'])).toBe(true);
    expect(evaluateCondition('StringLike', ['team-red'], ['team-*'])).toBe(true);
    expect(evaluateCondition('StringNotLike', ['team-red'], ['team-*'])).toBe(false);
    expect(evaluateCondition('ArnLike', ['arn:aws:iam::111122223333:role/a/b'], ['arn:aws:iam::*:role/*'])).toBe(true);
    expect(evaluateCondition('ArnEquals', ['arn:aws:iam::111122223333:role/a'], ['arn:aws:iam::111122223333:user/a'])).toBe(false);
    expect(evaluateCondition('NotIpAddress', ['192.168.1.4'], ['192.168.0.0/16'])).toBe(false);
    expect(evaluateCondition('IpAddress', ['2001:db8::1'], ['2001:db8::/32'])).toBe(true);
  });
  it('implements ForAnyValue and ForAllValues', () => {
    expect(evaluateCondition('ForAllValues:StringLike', ['staff', 'faculty'], ['staff', 'faculty', 'student'])).toBe(true);
    expect(evaluateCondition('ForAllValues:StringLike', ['staff', 'guest'], ['staff'])).toBe(false);
    expect(evaluateCondition('ForAllValues:StringEquals', undefined, ['staff'])).toBe(true);
    expect(evaluateCondition('ForAnyValue:StringEquals', ['guest', 'staff'], ['staff'])).toBe(true);
    expect(evaluateCondition('ForAnyValue:StringEquals', undefined, ['staff'])).toBe(false);
  });
  it('rejects unknown operators', () => {
    expect(() => evaluateCondition('StringSortOf', ['a'], ['a'])).toThrow(/Invalid Condition type/);
  });
});
