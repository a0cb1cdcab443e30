import { z } from 'zod';

/** The columns of IAM's credential report, in the order AWS writes them. */
export const credentialReportColumns = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
] as const;
export type CredentialReportColumn = (typeof credentialReportColumns)[number];

/** One row of the credential report, typed: booleans for TRUE/FALSE, null for N/A and friends. */
export const CredentialReportRowSchema = z.object({
  user: z.string(),
  arn: z.string(),
  isRoot: z.boolean(),
  userCreationTime: z.string().nullable(),
  passwordEnabled: z.boolean(),
  passwordLastUsed: z.string().nullable(),
  passwordLastChanged: z.string().nullable(),
  passwordNextRotation: z.string().nullable(),
  mfaActive: z.boolean(),
  accessKey1Active: z.boolean(),
  accessKey1LastRotated: z.string().nullable(),
  accessKey1LastUsedDate: z.string().nullable(),
  accessKey1LastUsedRegion: z.string().nullable(),
  accessKey1LastUsedService: z.string().nullable(),
  accessKey2Active: z.boolean(),
  accessKey2LastRotated: z.string().nullable(),
  accessKey2LastUsedDate: z.string().nullable(),
  accessKey2LastUsedRegion: z.string().nullable(),
  accessKey2LastUsedService: z.string().nullable(),
  cert1Active: z.boolean(),
  cert1LastRotated: z.string().nullable(),
  cert2Active: z.boolean(),
  cert2LastRotated: z.string().nullable(),
});
export type CredentialReportRow = z.infer<typeof CredentialReportRowSchema>;
