import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { newTotpSeed, TOTP_RESYNC_STEPS, TOTP_TOLERATED_STEPS, verifyConsecutiveCodes } from '../../totp/totp';
import {
  enabledDevicesOf,
  findVirtualMfaDevice,
  MAX_MFA_DEVICES_PER_USER,
  mfaSerialNumber,
  requireUser,
  requireVirtualMfaDevice,
} from './mfa-devices';
import { mfaOtpauthUri, mfaQrCodePng } from './mfa-qr-code';
import { pageOf } from './security-paging';
import { assertUniqueTagKeys, mergeTags, removeTags, sortedTags, type Tag } from './security-tags';
import type { IamUserRecord } from './iam-state';
import type { VirtualMfaDeviceRecord } from './security-state';

const INVALID_CODE_MESSAGE = 'Authentication code for device is not valid.';
/** Virtual MFA devices per account follow the user quota. */
const MAX_DEVICES_PER_ACCOUNT = 5000;

function userShape(user: IamUserRecord) {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: new Date(user.createDate),
    ...(user.passwordLastUsed ? { PasswordLastUsed: new Date(user.passwordLastUsed) } : {}),
  };
}

function callerUserName(ctx: RequestContext, given: string | undefined): string | undefined {
  return given ?? ctx.principal?.userName;
}

function verifyCodesOrThrow(device: VirtualMfaDeviceRecord, input: { AuthenticationCode1: string; AuthenticationCode2: string }, now: Date, window: number): void {
  const step = verifyConsecutiveCodes(device.seedBase32, input.AuthenticationCode1, input.AuthenticationCode2, now, device.lastUsedStep, window);
  if (step === undefined) throw new AwsError('InvalidAuthenticationCode', INVALID_CODE_MESSAGE, 403);
  device.lastUsedStep = step;
}

function deviceForUser(state: SandboxState, serialNumber: string, userName: string): VirtualMfaDeviceRecord {
  const device = findVirtualMfaDevice(state, serialNumber);
  if (!device || device.userName?.toLowerCase() !== userName.toLowerCase()) {
    throw new AwsError('NoSuchEntity', `MFA Device with serial number ${serialNumber} does not exist.`, 404);
  }
  return device;
}

/** Virtual MFA: create, enable with two consecutive TOTP codes, resync, deactivate, delete, list, tags. */
export const mfaOperations: ServiceOperations = {
  async CreateVirtualMFADevice(input: { Path?: string; VirtualMFADeviceName: string; Tags?: Tag[] }, ctx, state) {
    const path = input.Path ?? '/';
    const serialNumber = mfaSerialNumber(ctx.accountId, path, input.VirtualMFADeviceName);
    const devices = state.iam.security.virtualMfaDevices;
    if (devices.some((d) => d.serialNumber.toLowerCase() === serialNumber.toLowerCase())) {
      throw new AwsError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.', 409);
    }
    if (devices.length >= MAX_DEVICES_PER_ACCOUNT) throw new AwsError('LimitExceeded', `Cannot exceed quota for VirtualMFADevicesPerAccount: ${MAX_DEVICES_PER_ACCOUNT}`, 409);
    const tags = input.Tags ?? [];
    assertUniqueTagKeys(tags);
    if (tags.length > 50) throw new AwsError('LimitExceeded', 'The number of tags has reached the maximum limit.', 409);
    const seedBase32 = newTotpSeed();
    const accountLabel = state.iam.accountAliases[0] ?? ctx.accountId;
    const qr = await mfaQrCodePng(mfaOtpauthUri(input.VirtualMFADeviceName, accountLabel, seedBase32));
    devices.push({ serialNumber, path, name: input.VirtualMFADeviceName, seedBase32, createDate: ctx.now.toISOString(), tags: [...tags] });
    return {
      VirtualMFADevice: {
        SerialNumber: serialNumber,
        Base32StringSeed: Buffer.from(seedBase32, 'ascii'),
        QRCodePNG: qr,
        ...(tags.length ? { Tags: sortedTags(tags) } : {}),
      },
    };
  },

  EnableMFADevice(input: { UserName: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string }, ctx, state) {
    const user = requireUser(state, input.UserName);
    const device = requireVirtualMfaDevice(state, input.SerialNumber);
    if (device.userName) throw new AwsError('EntityAlreadyExists', 'MFA Device is already in use.', 409);
    if (enabledDevicesOf(state, user.userName).length >= MAX_MFA_DEVICES_PER_USER) {
      throw new AwsError('LimitExceeded', `Cannot exceed quota for MFADevicesPerUser: ${MAX_MFA_DEVICES_PER_USER}`, 409);
    }
    verifyCodesOrThrow(device, input, ctx.now, TOTP_TOLERATED_STEPS);
    device.userName = user.userName;
    device.enableDate = ctx.now.toISOString();
    return {};
  },

  ResyncMFADevice(input: { UserName: string; SerialNumber: string; AuthenticationCode1: string; AuthenticationCode2: string }, ctx, state) {
    const user = requireUser(state, input.UserName);
    const device = deviceForUser(state, input.SerialNumber, user.userName);
    verifyCodesOrThrow(device, input, ctx.now, TOTP_RESYNC_STEPS);
    return {};
  },

  DeactivateMFADevice(input: { UserName?: string; SerialNumber: string }, ctx, state) {
    const userName = callerUserName(ctx, input.UserName);
    if (!userName) throw new AwsError('NoSuchEntity', `MFA Device with serial number ${input.SerialNumber} does not exist.`, 404);
    const user = requireUser(state, userName);
    const device = deviceForUser(state, input.SerialNumber, user.userName);
    delete device.userName;
    delete device.enableDate;
    return {};
  },

  DeleteVirtualMFADevice(input: { SerialNumber: string }, _ctx, state) {
    const device = requireVirtualMfaDevice(state, input.SerialNumber);
    if (device.userName) throw new AwsError('DeleteConflict', 'MFA Device is still in use by a user; deactivate it first.', 409);
    state.iam.security.virtualMfaDevices = state.iam.security.virtualMfaDevices.filter((d) => d !== device);
    return {};
  },

  ListVirtualMFADevices(input: { AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any'; Marker?: string; MaxItems?: number }, _ctx, state) {
    const status = input.AssignmentStatus ?? 'Any';
    const devices = state.iam.security.virtualMfaDevices
      .filter((d) => status === 'Any' || (status === 'Assigned') === !!d.userName)
      .sort((a, b) => a.serialNumber.localeCompare(b.serialNumber));
    const { page, IsTruncated, Marker } = pageOf(devices, input.Marker, input.MaxItems);
    return {
      VirtualMFADevices: page.map((d) => {
        const user = d.userName ? state.iam.users[d.userName.toLowerCase()] : undefined;
        return {
          SerialNumber: d.serialNumber,
          ...(user ? { User: userShape(user) } : {}),
          ...(d.enableDate ? { EnableDate: new Date(d.enableDate) } : {}),
        };
      }),
      IsTruncated,
      ...(Marker ? { Marker } : {}),
    };
  },

  ListMFADevices(input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const userName = callerUserName(ctx, input.UserName);
    // The root user's own devices are not modelled; it simply has none here.
    const devices = userName ? enabledDevicesOf(state, requireUser(state, userName).userName) : [];
    const { page, IsTruncated, Marker } = pageOf(devices, input.Marker, input.MaxItems);
    return {
      MFADevices: page.map((d) => ({ UserName: state.iam.users[d.userName!.toLowerCase()]?.userName ?? d.userName!, SerialNumber: d.serialNumber, EnableDate: new Date(d.enableDate!) })),
      IsTruncated,
      ...(Marker ? { Marker } : {}),
    };
  },

  TagMFADevice(input: { SerialNumber: string; Tags: Tag[] }, _ctx, state) {
    const device = requireVirtualMfaDevice(state, input.SerialNumber);
    device.tags = mergeTags(device.tags, input.Tags);
    return {};
  },

  UntagMFADevice(input: { SerialNumber: string; TagKeys: string[] }, _ctx, state) {
    const device = requireVirtualMfaDevice(state, input.SerialNumber);
    device.tags = removeTags(device.tags, input.TagKeys);
    return {};
  },

  ListMFADeviceTags(input: { SerialNumber: string; Marker?: string; MaxItems?: number }, _ctx, state) {
    const device = requireVirtualMfaDevice(state, input.SerialNumber);
    const { page, IsTruncated, Marker } = pageOf(sortedTags(device.tags), input.Marker, input.MaxItems);
    return { Tags: page, IsTruncated, ...(Marker ? { Marker } : {}) };
  },
};
