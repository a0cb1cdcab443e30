import { describe, expect, it } from 'vitest';
import { serviceModels } from '../models/service-models';
import { validateInput, validationMessage } from './validate-input';

const iam = serviceModels.iam;

describe('model-driven validation', () => {
  it('reports a missing required member as null', () => {
    const errors = validateInput(iam, 'CreateRoleRequest', { RoleName: 'r' });
    expect(validationMessage(errors)).toBe(
      "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null",
    );
  });

  it('counts every failed constraint, length before pattern', () => {
    const errors = validateInput(iam, 'CreateUserRequest', { UserName: 'x'.repeat(65) + ' ' });
    expect(validationMessage(errors)).toBe(
      `2 validation errors detected: Value '${'x'.repeat(65)} ' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64; ` +
        `Value '${'x'.repeat(65)} ' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  });

  it('checks numeric ranges and enums', () => {
    expect(validateInput(iam, 'CreateRoleRequest', { RoleName: 'r', AssumeRolePolicyDocument: '{}', MaxSessionDuration: 60 })).toEqual([
      "Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
    ]);
    expect(validateInput(iam, 'ListPoliciesRequest', { Scope: 'Everything' })).toEqual([
      "Value 'Everything' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
    ]);
  });

  it('names list members by position and checks list length', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    tags[1] = { Key: 'bad;key', Value: 'v' };
    const errors = validateInput(iam, 'CreateUserRequest', { UserName: 'u', Tags: tags });
    expect(errors[0]).toMatch(/at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/);
    expect(errors[1]).toMatch(/^Value 'bad;key' at 'tags.2.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern/);
  });

  it('does not echo sensitive values', () => {
    const errors = validateInput(iam, 'CreateLoginProfileRequest', { UserName: 'u', Password: '' });
    expect(errors).toEqual([
      "Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 1",
      "Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    ]);
  });
});
