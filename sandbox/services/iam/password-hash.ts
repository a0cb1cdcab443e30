import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Hashes a console password so the state file never holds it in clear. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

export function passwordMatches(hash: string, password: string): boolean {
  const [scheme, salt, digest] = hash.split(':');
  if (scheme !== 'scrypt' || !salt || !digest) return false;
  const expected = Buffer.from(digest, 'base64');
  return timingSafeEqual(expected, scryptSync(password, Buffer.from(salt, 'base64'), expected.length));
}
