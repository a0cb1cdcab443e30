import type { Partition } from '../model/partition';

/** The parts of an ARN: `arn:partition:service:region:account:resource`. */
export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

/** Splits an ARN into its parts, or returns undefined when the text is not one. */
export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition, service, region, accountId] = parts as [string, string, string, string, string];
  if (!partition || !service) return undefined;
  return { partition, service, region, accountId, resource: parts.slice(5).join(':') };
}

/** The partition of an ARN, defaulting to `aws` for unknown or commercial partitions. */
export function partitionOfArn(arn: string): Partition {
  const p = parseArn(arn)?.partition;
  return p === 'aws-cn' || p === 'aws-us-gov' ? p : 'aws';
}

/** Builds an IAM ARN, e.g. iamArn('aws', '123456789012', 'role/Admin'). */
export function iamArn(partition: Partition, accountId: string, resource: string): string {
  return `arn:${partition}:iam::${accountId}:${resource}`;
}
