import type { ErrorCode } from '../../../shared/contract/errors';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';

/** A remedy (and optionally another error code) for one AWS error code in one situation. */
export type RemedyOverrides = Readonly<Record<string, { remedy: string; code?: ErrorCode }>>;

/** Translates an AWS failure, replacing the generic remedy with one that fits what was being done. */
export function translateWithRemedy(error: unknown, doing: string, overrides: RemedyOverrides): PortcullisError {
  const translated = translateAwsError(error, doing);
  const override = overrides[awsErrorCode(error) ?? ''];
  if (!override) return translated;
  return new PortcullisError(override.code ?? translated.code, translated.message, {
    remedy: override.remedy,
    retryable: translated.retryable,
    awsCode: translated.awsCode,
    requestId: translated.requestId,
    field: translated.field,
    cause: error,
  });
}

/** Why Identity Center calls are refused when the caller is not where Identity Center is administered. */
export const NOT_ADMIN_REMEDY =
  'Identity Center is administered from the organization management account or a delegated administrator account, in its home region. Connect with credentials of one of those accounts that allow sso:*, identitystore:* and organizations:List*.';
