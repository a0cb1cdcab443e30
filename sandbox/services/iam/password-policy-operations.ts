import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { hashPassword, passwordMatches } from './password-hash';
import { requireUser } from './iam-lookup';
import type { PasswordPolicyRecord } from './iam-state';

function violation(): AwsError {
  return new AwsError('PasswordPolicyViolation', 'Password does not conform to the account password policy.', 400);
}

/**
 * Checks a new console password against the account policy or, when none is set, AWS's
 * default policy (at least 8 characters and three of: upper case, lower case, digits, symbols).
 */
export function checkPasswordAgainstPolicy(state: SandboxState, password: string): void {
  const kinds = {
    upper: /[A-Z]/.test(password),
    lower: /[a-z]/.test(password),
    digit: /[0-9]/.test(password),
    symbol: /[^A-Za-z0-9]/.test(password),
  };
  const policy = state.iam.passwordPolicy;
  if (!policy) {
    if (password.length < 8 || Object.values(kinds).filter(Boolean).length < 3) throw violation();
    return;
  }
  if (password.length < policy.MinimumPasswordLength) throw violation();
  if ((policy.RequireUppercaseCharacters && !kinds.upper) || (policy.RequireLowercaseCharacters && !kinds.lower)) throw violation();
  if ((policy.RequireNumbers && !kinds.digit) || (policy.RequireSymbols && !kinds.symbol)) throw violation();
}

/** The account password policy and ChangePassword for IAM users. */
export const passwordPolicyOperations: ServiceOperations = {
  GetAccountPasswordPolicy(_input: unknown, ctx, state) {
    const policy = state.iam.passwordPolicy;
    if (!policy) throw new AwsError('NoSuchEntity', `The Password Policy with domain name ${ctx.accountId} cannot be found.`, 404);
    return { PasswordPolicy: { ...policy, ExpirePasswords: (policy.MaxPasswordAge ?? 0) > 0 } };
  },

  UpdateAccountPasswordPolicy(input: Partial<PasswordPolicyRecord>, _ctx, state) {
    // Like AWS, members left out are reset to their defaults rather than kept.
    state.iam.passwordPolicy = {
      MinimumPasswordLength: input.MinimumPasswordLength ?? 6,
      RequireSymbols: input.RequireSymbols ?? false,
      RequireNumbers: input.RequireNumbers ?? false,
      RequireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
      RequireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
      AllowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
      ...(input.MaxPasswordAge ? { MaxPasswordAge: input.MaxPasswordAge } : {}),
      ...(input.PasswordReusePrevention ? { PasswordReusePrevention: input.PasswordReusePrevention } : {}),
      ...(input.HardExpiry !== undefined ? { HardExpiry: input.HardExpiry } : {}),
    };
    return {};
  },

  DeleteAccountPasswordPolicy(_input: unknown, ctx, state) {
    if (!state.iam.passwordPolicy) throw new AwsError('NoSuchEntity', `The account policy with name ${ctx.accountId} cannot be found.`, 404);
    delete state.iam.passwordPolicy;
    return {};
  },

  ChangePassword(input: { OldPassword: string; NewPassword: string }, ctx, state) {
    const name = ctx.principal?.userName;
    if (!name) throw new AwsError('InvalidUserType', 'Only IAM users can change their own password.', 400);
    const user = requireUser(state, name);
    if (!user.loginProfile) throw new AwsError('NoSuchEntity', `Login Profile for User ${user.userName} cannot be found.`, 404);
    if (!passwordMatches(user.loginProfile.passwordHash, input.OldPassword)) {
      throw new AwsError('InvalidInput', 'The old password was incorrect.', 400);
    }
    checkPasswordAgainstPolicy(state, input.NewPassword);
    user.loginProfile.passwordHash = hashPassword(input.NewPassword);
    user.loginProfile.passwordResetRequired = false;
    return {};
  },
};
