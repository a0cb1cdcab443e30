import { AwsError } from '../../core/aws-error';

/** One page of an IAM list: AWS's Marker/IsTruncated scheme, MaxItems defaulting to 100. */
export function pageOf<T>(items: readonly T[], marker: string | undefined, maxItems: number | undefined): { page: T[]; IsTruncated: boolean; Marker?: string } {
  let start = 0;
  if (marker !== undefined) {
    const decoded = Number(Buffer.from(marker, 'base64url').toString('utf8').replace(/^p:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0 || !Buffer.from(marker, 'base64url').toString('utf8').startsWith('p:')) {
      throw new AwsError('InvalidInput', 'Invalid Marker.', 400);
    }
    start = decoded;
  }
  const size = maxItems ?? 100;
  const page = items.slice(start, start + size);
  const next = start + page.length;
  if (next < items.length) return { page, IsTruncated: true, Marker: Buffer.from(`p:${next}`, 'utf8').toString('base64url') };
  return { page, IsTruncated: false };
}
