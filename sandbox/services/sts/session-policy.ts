import { AwsError } from '../../core/aws-error';
import { MalformedPolicyError, parsePolicyDocument } from '../../policy/policy-document';

/** Checks an AssumeRole* session policy and returns PackedPolicySize (percent of the packed limit). */
export function packedSessionPolicySize(policy: string | undefined, policyArns: readonly { arn?: string }[] | undefined): number | undefined {
  if (policy === undefined && !policyArns?.length) return undefined;
  if (policy !== undefined) {
    try {
      parsePolicyDocument(policy);
    } catch (err) {
      if (err instanceof MalformedPolicyError) throw new AwsError('MalformedPolicyDocument', err.message, 400);
      throw err;
    }
  }
  // STS compresses session policies and tags; this approximates its packing by character count.
  const size = Math.ceil(((policy?.replace(/\s+/g, '').length ?? 0) + (policyArns?.length ?? 0) * 64) / 2048 * 100 / 4);
  if (size > 100) throw new AwsError('PackedPolicyTooLarge', `Packed size of consumed policies exceeds 100% of limit (${size}%).`, 400);
  return size;
}
