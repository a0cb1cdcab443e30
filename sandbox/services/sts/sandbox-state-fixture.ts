import type { SandboxState } from '../../core/state';
import type { IamUserRecord } from '../iam/iam-state';
import { emptyIamState } from '../iam/iam-state';
import { emptyStsState } from './sts-state';

/** A minimal sandbox state for handler tests: one account, empty services. */
export function sandboxStateFixture(accountId = '111122223333'): SandboxState {
  return {
    version: 1,
    account: { accountId, rootAccessKeyId: 'AKIASANDBOXROOT00001', rootSecretAccessKey: 'root-secret', region: 'us-east-1' },
    iam: emptyIamState(),
    sts: emptyStsState(),
    ssoAdmin: {} as SandboxState['ssoAdmin'],
    identityStore: {} as SandboxState['identityStore'],
    organizations: {} as SandboxState['organizations'],
  };
}

/** Adds an IAM user with long-term keys to a fixture state. */
export function addUserFixture(state: SandboxState, userName: string, extra: Partial<IamUserRecord> = {}): IamUserRecord {
  const user: IamUserRecord = {
    userName,
    userId: `AIDA${userName.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    arn: `arn:aws:iam::${state.account.accountId}:user/${userName}`,
    path: '/',
    createDate: '2026-01-01T00:00:00.000Z',
    tags: [],
    inlinePolicies: {},
    attachedPolicyArns: [],
    accessKeys: [{ accessKeyId: `AKIA${userName.toUpperCase().padEnd(16, '0').slice(0, 16)}`, secretAccessKey: `secret-${userName}`, status: 'Active', createDate: '2026-01-01T00:00:00.000Z' }],
    ...extra,
  };
  state.iam.users[userName.toLowerCase()] = user;
  return user;
}
