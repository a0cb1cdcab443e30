import { randomBytes, randomUUID } from 'node:crypto';

/** Lower-case hex of the given length from a random source (crypto or a seeded rng). */
export function hexId(length: number, rng?: () => number): string {
  if (!rng) return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

/** A v4-shaped UUID, as AWS uses for request ids and Identity Store ids. */
export function uuid(rng?: () => number): string {
  if (!rng) return randomUUID();
  const h = hexId(32, rng);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function instanceArnFor(instanceId: string): string {
  return `arn:aws:sso:::instance/${instanceId}`;
}

export function newInstanceId(rng?: () => number): string {
  return `ssoins-${hexId(16, rng)}`;
}

export function newIdentityStoreId(rng?: () => number): string {
  return `d-${hexId(10, rng)}`;
}

/** Permission set ARNs embed the instance id: arn:aws:sso:::permissionSet/ssoins-…/ps-…. */
export function newPermissionSetArn(instanceArn: string, rng?: () => number): string {
  const instanceId = instanceArn.slice(instanceArn.lastIndexOf('/') + 1);
  return `arn:aws:sso:::permissionSet/${instanceId}/ps-${hexId(16, rng)}`;
}
