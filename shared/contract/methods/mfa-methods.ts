import { z } from 'zod';
import { method } from '../define';
import { MfaDeviceNameSchema } from '../../logic/iam-names';
import { ExistingUserNameSchema, UserPageSchema } from '../../model/iam-user';
import { MfaDeviceSchema, UnassignedMfaDeviceSchema } from '../../model/mfa-device';
import { AuthenticationCodeSchema, EnrollmentDoneSchema, EnrollmentStartSchema } from '../../model/mfa-enrollment';
import { MfaAuditReportSchema } from '../../model/mfa-audit';
import { PlanSchema } from '../../model/plan';

const SerialNumberSchema = z.string().trim().min(9).max(256);
const OperationIdSchema = z.string().min(1).max(100);

/** Virtual MFA enrollment, device management and the MFA coverage audit. */
export const mfaMethods = {
  'mfa.listUsers': method({
    summary: 'One page of IAM users matching a search, with the MFA devices of the users on that page.',
    args: z.object({
      search: z.string().max(128).default(''),
      page: z.number().int().positive().default(1),
      pageSize: z.number().int().min(5).max(100).default(25),
    }).strict(),
    result: UserPageSchema,
  }),
  'mfa.listUserDevices': method({
    summary: 'The MFA devices a user holds.',
    args: z.object({ userName: ExistingUserNameSchema }).strict(),
    result: z.array(MfaDeviceSchema),
  }),
  'mfa.listUnassignedDevices': method({
    summary: 'Virtual MFA devices that no user holds (left by enrollments that never finished).',
    args: z.object({}).strict(),
    result: z.array(UnassignedMfaDeviceSchema),
  }),
  'mfa.planCleanup': method({
    summary: 'A plan that deletes the given unassigned virtual MFA devices.',
    args: z.object({ serialNumbers: z.array(SerialNumberSchema).min(1).max(1000) }).strict(),
    result: PlanSchema,
  }),
  'mfa.startEnrollment': method({
    summary: 'Creates a virtual MFA device for a user and returns its QR code and secret for this enrollment only.',
    args: z.object({ userName: ExistingUserNameSchema, deviceName: MfaDeviceNameSchema }).strict(),
    result: EnrollmentStartSchema,
    mutates: true,
  }),
  'mfa.completeEnrollment': method({
    summary: 'Enables the enrollment device with two consecutive codes; wrong codes can be retried.',
    args: z.object({ enrollmentId: z.string().min(1), code1: AuthenticationCodeSchema, code2: AuthenticationCodeSchema }).strict(),
    result: EnrollmentDoneSchema,
    mutates: true,
  }),
  'mfa.cancelEnrollment': method({
    summary: 'Ends an enrollment: deletes its unassigned device and wipes its secret.',
    args: z.object({ enrollmentId: z.string().min(1) }).strict(),
    result: z.object({ deviceDeleted: z.boolean(), message: z.string() }),
    mutates: true,
  }),
  'mfa.resyncDevice': method({
    summary: 'Resynchronizes a user’s MFA device with two consecutive codes.',
    args: z.object({ userName: ExistingUserNameSchema, serialNumber: SerialNumberSchema, code1: AuthenticationCodeSchema, code2: AuthenticationCodeSchema }).strict(),
    result: z.object({ message: z.string() }),
    mutates: true,
  }),
  'mfa.planDeactivate': method({
    summary: 'A plan that deactivates a user’s MFA device (and deletes it when virtual), warning about MFA policies.',
    args: z.object({ userName: ExistingUserNameSchema, serialNumber: SerialNumberSchema, deleteDevice: z.boolean().default(true) }).strict(),
    result: PlanSchema,
  }),
  'mfa.runAudit': method({
    summary: 'Answers who can get in without MFA, from the credential report and group policies; emits progress.',
    args: z.object({ operationId: OperationIdSchema.optional() }).strict(),
    result: MfaAuditReportSchema,
  }),
} as const;
