import { describe, expect, it } from 'vitest';
import {
  PermissionSetInputSchema,
  describeSessionDuration,
  inlinePolicyProblem,
  sessionDurationFromHours,
} from './identity-center-permission-set-input';

const valid = { name: 'BillingReadOnly', sessionHours: 4 };

function messages(input: unknown): string[] {
  const result = PermissionSetInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('PermissionSetInputSchema', () => {
  it('accepts a minimal permission set and fills the optional fields', () => {
    expect(PermissionSetInputSchema.parse(valid)).toEqual({ ...valid, description: '', relayState: '', managedPolicyArns: [], inlinePolicy: '' });
  });

  it('refuses names Identity Center would refuse, before any call', () => {
    expect(messages({ ...valid, name: 'Billing Read Only' })).toEqual(['name: Use letters, digits and + = , . @ _ - only (no spaces).']);
    expect(messages({ ...valid, name: 'x'.repeat(33) })[0]).toMatch(/At most 32/);
    expect(messages({ ...valid, name: 'ops+audit@team_1.x-y' })).toEqual([]);
  });

  it('keeps the session between 1 and 12 whole hours', () => {
    expect(messages({ ...valid, sessionHours: 0 })).toEqual(['sessionHours: At least 1 hour.']);
    expect(messages({ ...valid, sessionHours: 13 })).toEqual(['sessionHours: At most 12 hours.']);
    expect(messages({ ...valid, sessionHours: 1.5 })).toEqual(['sessionHours: Whole hours only.']);
  });

  it('accepts only AWS managed policy ARNs, once each', () => {
    expect(messages({ ...valid, managedPolicyArns: ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'] })).toEqual([]);
    expect(messages({ ...valid, managedPolicyArns: ['arn:aws:iam::123456789012:policy/Mine'] })[0]).toMatch(/Only AWS managed policies/);
    const twice = ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess'];
    expect(messages({ ...valid, managedPolicyArns: twice })).toEqual(['managedPolicyArns: A policy is listed twice.']);
  });

  it('checks the relay state characters', () => {
    expect(messages({ ...valid, relayState: 'https://us-east-2.console.aws.amazon.com/ec2/home?region=us-east-2#Instances:' })).toEqual([]);
    expect(messages({ ...valid, relayState: 'https://console.aws.amazon.com/<script>' })[0]).toMatch(/relayState: .*characters/);
  });

  it('reports an invalid inline policy on its field', () => {
    expect(messages({ ...valid, inlinePolicy: '{"Statement": [' })[0]).toMatch(/^inlinePolicy: The inline policy is not valid JSON/);
  });
});

describe('inlinePolicyProblem', () => {
  it('accepts a policy document and refuses other JSON', () => {
    expect(inlinePolicyProblem('{"Version":"2012-10-17","Statement":[]}')).toBeNull();
    expect(inlinePolicyProblem('[1,2]')).toMatch(/JSON object/);
    expect(inlinePolicyProblem('{"Version":"2012-10-17"}')).toMatch(/no "Statement"/);
  });

  it('enforces the 10,240-byte quota', () => {
    const big = JSON.stringify({ Statement: [{ Sid: 'x'.repeat(10_300) }] });
    expect(inlinePolicyProblem(big)).toMatch(/at most 10240/);
  });
});

describe('session durations', () => {
  it('writes hours as ISO-8601 and reads them back for people', () => {
    expect(sessionDurationFromHours(8)).toBe('PT8H');
    expect(describeSessionDuration('PT8H')).toBe('8 h');
    expect(describeSessionDuration('PT1H30M')).toBe('1 h 30 min');
    expect(describeSessionDuration(undefined)).toBe('1 h (default)');
    expect(describeSessionDuration('P1D')).toBe('P1D');
  });
});
