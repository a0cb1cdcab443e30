import QRCode from 'qrcode';

/** The otpauth URI authenticator apps read: label "Amazon Web Services:<device>@<account>". */
export function mfaOtpauthUri(deviceName: string, accountLabel: string, seedBase32: string): string {
  const issuer = 'Amazon Web Services';
  const label = encodeURIComponent(`${issuer}:${deviceName}@${accountLabel}`).replace(/%3A/g, ':').replace(/%40/g, '@');
  return `otpauth://totp/${label}?secret=${seedBase32}&issuer=${encodeURIComponent(issuer)}`;
}

/** A PNG of the QR code, as CreateVirtualMFADevice's QRCodePNG blob. */
export async function mfaQrCodePng(uri: string): Promise<Buffer> {
  return QRCode.toBuffer(uri, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 256 });
}
