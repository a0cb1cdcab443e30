import { randomBytes, randomInt } from 'node:crypto';

const upperAlnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An IAM unique id: a 4-letter type prefix (AIDA, AGPA, AROA, ANPA, AKIA, ASIA…) plus 17 characters. */
export function uniqueId(prefix: string, length = 21): string {
  let out = prefix;
  while (out.length < length) out += upperAlnum[randomInt(upperAlnum.length)];
  return out;
}

/** A 40-character secret access key. */
export function secretAccessKey(): string {
  return randomBytes(30).toString('base64').replace(/\+/g, 'x').replace(/\//g, 'y');
}

export function accessKeyId(prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
  return uniqueId(prefix, 20);
}

/** A 12-digit account id that does not start with 0. */
export function accountId(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e11)).padStart(11, '0')}`;
}
