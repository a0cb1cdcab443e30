import { AwsError } from '../../core/aws-error';
import type { OperationHandler } from '../../core/operation';

/** Who the credentials belong to; never denied, as on AWS. */
export const getCallerIdentity: OperationHandler = (_input, ctx) => {
  const p = ctx.principal;
  if (!p) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  return { UserId: p.userId, Account: p.accountId, Arn: p.arn };
};
