import { ListMFADevicesCommand, type IAMClient } from '@aws-sdk/client-iam';
import { deviceNameOf, type MfaDevice } from '../../../shared/model/mfa-device';
import { translateAwsError } from '../core/aws-error-translation';
import { collectMarkerPages } from '../core/aws-paging';

/** Every MFA device a user holds, all pages. */
export async function listUserMfaDevices(iam: IAMClient, userName: string): Promise<MfaDevice[]> {
  try {
    const devices = await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new ListMFADevicesCommand({ UserName: userName, Marker }));
      return { items: page.MFADevices ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
    return devices.map((d) => ({
      serialNumber: d.SerialNumber ?? '',
      name: deviceNameOf(d.SerialNumber ?? ''),
      ...(d.EnableDate ? { enableDate: d.EnableDate.toISOString() } : {}),
      // Virtual devices have an ARN serial; hardware and FIDO keys have other serial forms.
      virtual: /^arn:[^:]+:iam::\d{12}:mfa\//.test(d.SerialNumber ?? ''),
    }));
  } catch (error) {
    throw translateAwsError(error, `listing the MFA devices of ${userName}`);
  }
}
