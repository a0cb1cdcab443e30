import { z } from 'zod';
import { MfaDeviceSchema } from './mfa-device';

/** An existing user name (IAM accepts up to 128 characters when referring to one). */
export const ExistingUserNameSchema = z.string().trim().min(1, 'Choose a user.').max(128);

/** An IAM user with the MFA devices it holds today. */
export const UserWithDevicesSchema = z.object({
  userName: z.string(),
  arn: z.string(),
  createDate: z.string().optional(),
  passwordLastUsed: z.string().optional(),
  devices: z.array(MfaDeviceSchema),
});
export type UserWithDevices = z.infer<typeof UserWithDevicesSchema>;

/** One page of users matching a search, with the devices of just those users. */
export const UserPageSchema = z.object({
  users: z.array(UserWithDevicesSchema),
  /** Users matching the search across all pages. */
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
export type UserPage = z.infer<typeof UserPageSchema>;
