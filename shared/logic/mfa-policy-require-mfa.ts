import type { Partition } from '../model/partition';
import type { PolicyDocument } from './mfa-policy-document';

/**
 * What a user without MFA may still do: see and set up their own device and start an MFA
 * session. ChangePassword stays open because a new console user must set a password before
 * they can enroll.
 */
export const selfServiceMfaActions: readonly string[] = [
  'iam:ChangePassword',
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:GetMFADevice',
  'iam:GetUser',
  'iam:ListMFADevices',
  'iam:ListUsers',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
];

/** The resource patterns of a user's own MFA: any device name, so several devices per user work. */
export function ownMfaResources(partition: Partition, accountId: string): { devices: string; user: string } {
  return {
    devices: `arn:${partition}:iam::${accountId}:mfa/*`,
    user: `arn:${partition}:iam::${accountId}:user/\${aws:username}`,
  };
}

/**
 * Template (a): deny everything without MFA except managing one's own MFA device, and allow
 * exactly that self-service (after AWS's "self-manage an MFA device" example).
 */
export function buildRequireMfaPolicy(partition: Partition, accountId: string): PolicyDocument {
  const own = ownMfaResources(partition, accountId);
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
      { Sid: 'AllowUserToCreateVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: own.devices },
      {
        Sid: 'AllowUserToManageTheirOwnMFA',
        Effect: 'Allow',
        Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
        Resource: own.user,
      },
      {
        // Deactivating needs MFA so a stolen password cannot remove the second factor.
        Sid: 'AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA',
        Effect: 'Allow',
        Action: ['iam:DeactivateMFADevice'],
        Resource: own.user,
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      },
      {
        // BoolIfExists also denies long-term access keys, which carry no MFA context at all.
        Sid: 'BlockMostAccessUnlessSignedInWithMFA',
        Effect: 'Deny',
        NotAction: selfServiceMfaActions,
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ],
  };
}
