import { ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { CallerIdentity } from '../../../shared/model/connection';
import { parseArn, partitionOfArn } from '../../../shared/logic/arn';
import type { AwsClients } from '../core/ports';
import { awsErrorCode, networkFailure, translateAwsError } from '../core/aws-error-translation';
import { isClockSkew, translateCredentialError } from './credential-error-translation';

/** Asks STS who the credentials are and IAM for the account alias (absent when not allowed). */
export async function resolveCallerIdentity(clients: AwsClients): Promise<CallerIdentity> {
  let who;
  try {
    who = await clients.sts.send(new GetCallerIdentityCommand({}));
  } catch (error) {
    const doing = 'checking who these credentials belong to (sts:GetCallerIdentity)';
    throw networkFailure(error, doing) ?? (isClockSkew(error) ? translateCredentialError(error, 'this connection', doing) : translateAwsError(error, doing));
  }
  const arn = who.Arn ?? '';
  const resource = parseArn(arn)?.resource ?? '';
  const principalType = resource === 'root' ? 'root' : resource.startsWith('user/') ? 'user' : resource.startsWith('assumed-role/') ? 'assumed-role' : resource.startsWith('federated-user/') ? 'federated-user' : 'unknown';
  let accountAlias: string | null = null;
  try {
    const aliases = await clients.iam.send(new ListAccountAliasesCommand({}));
    accountAlias = aliases.AccountAliases?.[0] ?? null;
  } catch (error) {
    // Many roles may not list aliases, and MFA-enforcing policies deny it until an MFA session
    // starts; the account id alone still identifies the account.
    if (!['AccessDenied', 'AccessDeniedException'].includes(awsErrorCode(error) ?? '')) throw translateAwsError(error, 'reading the account alias (iam:ListAccountAliases)');
  }
  return {
    accountId: who.Account ?? '',
    accountAlias,
    arn,
    userId: who.UserId ?? '',
    partition: partitionOfArn(arn),
    principalType,
    ...(principalType === 'user' ? { userName: resource.split('/').pop() } : {}),
  };
}
