import { describe, expect, it } from 'vitest';
import {
  IamPathSchema,
  IamTagListSchema,
  MfaDeviceNameSchema,
  RoleNameSchema,
  SamlProviderNameSchema,
  fitsSwitchRole,
  nameProblem,
} from './iam-names';

describe('IAM name rules', () => {
  it('accepts role names with the allowed punctuation and refuses spaces and length 65', () => {
    expect(nameProblem(RoleNameSchema, 'Admin+Ops=x,y.z@corp-1_a')).toBeUndefined();
    expect(nameProblem(RoleNameSchema, 'my role')).toMatch(/only letters, digits/);
    expect(nameProblem(RoleNameSchema, 'a'.repeat(64))).toBeUndefined();
    expect(nameProblem(RoleNameSchema, 'a'.repeat(65))).toMatch(/at most 64/);
    expect(nameProblem(RoleNameSchema, '')).toMatch(/Enter a role name/);
  });

  it('refuses + = , @ in SAML provider names because the model regex does', () => {
    expect(nameProblem(SamlProviderNameSchema, 'authpoint_prod.v2-1')).toBeUndefined();
    for (const bad of ['a+b', 'a=b', 'a,b', 'a@b', 'a b']) {
      expect(nameProblem(SamlProviderNameSchema, bad)).toMatch(/SAML provider name can contain only/);
    }
    expect(nameProblem(SamlProviderNameSchema, 'p'.repeat(129))).toMatch(/at most 128/);
  });

  it('checks MFA device names and paths', () => {
    expect(nameProblem(MfaDeviceNameSchema, 'alice-phone')).toBeUndefined();
    expect(nameProblem(MfaDeviceNameSchema, 'alice phone')).toBeDefined();
    expect(IamPathSchema.safeParse('/').success).toBe(true);
    expect(IamPathSchema.safeParse('/federated/admins/').success).toBe(true);
    expect(IamPathSchema.safeParse('federated/').success).toBe(false);
  });

  it('refuses duplicate tag keys, aws: prefixes and more than 50 tags', () => {
    expect(IamTagListSchema.safeParse([{ key: 'team', value: 'id' }]).success).toBe(true);
    expect(IamTagListSchema.safeParse([{ key: 'Team', value: 'a' }, { key: 'team', value: 'b' }]).success).toBe(false);
    expect(IamTagListSchema.safeParse([{ key: 'aws:x', value: 'a' }]).success).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(IamTagListSchema.safeParse(many).success).toBe(false);
  });

  it('knows when a path makes a role unusable for Switch Role', () => {
    expect(fitsSwitchRole('/', 'a'.repeat(64))).toBe(true);
    expect(fitsSwitchRole('/team/', 'a'.repeat(60))).toBe(false);
  });
});
