import type { Rng } from '../core/rng';
import type { SandboxState } from '../core/state';
import { hashPassword } from '../services/iam/password-hash';
import type { IamGroupRecord, IamRoleRecord, IamUserRecord, ManagedPolicyRecord } from '../services/iam/iam-state';

/** The console password of every seeded user that has one. */
export const seedPassword = 'Sandbox-Demo-1!';

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Writes IAM records straight into a state, with ids drawn from a seeded RNG so seeds repeat exactly. */
export class SeedBuilder {
  /** Seeded console users share one password (hashing thousands separately would take minutes). */
  private readonly passwordHash = hashPassword(seedPassword);

  constructor(
    readonly state: SandboxState,
    readonly rng: Rng,
    /** Seed data is dated relative to this moment. */
    readonly now: Date,
  ) {}

  id(prefix: string, length = 21): string {
    let out = prefix;
    while (out.length < length) out += idAlphabet[this.rng.int(32)];
    return out;
  }

  /** An ISO date `daysAgo` days before now, at a seeded time of day. */
  daysAgo(daysAgo: number): string {
    return new Date(this.now.getTime() - daysAgo * 86_400_000 - this.rng.int(86_400) * 1000).toISOString();
  }

  private arn(kind: string, path: string, name: string): string {
    return `arn:aws:iam::${this.state.account.accountId}:${kind}${path}${name}`;
  }

  user(userName: string, path: string, options: { password?: boolean; accessKeys?: number; ageDays?: number; tags?: Record<string, string> } = {}): IamUserRecord {
    const created = this.daysAgo(options.ageDays ?? 30 + this.rng.int(900));
    const user: IamUserRecord = {
      userName,
      userId: this.id('AIDA'),
      arn: this.arn('user', path, userName),
      path,
      createDate: created,
      tags: Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      inlinePolicies: {},
      attachedPolicyArns: [],
      accessKeys: [],
    };
    if (options.password) {
      user.loginProfile = { createDate: created, passwordResetRequired: false, passwordHash: this.passwordHash };
      user.passwordLastUsed = this.daysAgo(this.rng.int(20));
    }
    for (let i = 0; i < (options.accessKeys ?? 0); i++) {
      let secret = '';
      while (secret.length < 40) secret += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[this.rng.int(64)];
      user.accessKeys.push({
        accessKeyId: this.id('AKIA', 20),
        secretAccessKey: secret,
        status: 'Active',
        createDate: this.daysAgo(this.rng.int(400)),
        ...(this.rng.next() < 0.7 ? { lastUsedDate: this.daysAgo(this.rng.int(30)), lastUsedService: 'iam', lastUsedRegion: 'us-east-1' } : {}),
      });
    }
    this.state.iam.users[userName.toLowerCase()] = user;
    return user;
  }

  group(groupName: string, path: string, policyArns: string[], members: string[]): IamGroupRecord {
    const group: IamGroupRecord = {
      groupName,
      groupId: this.id('AGPA'),
      arn: this.arn('group', path, groupName),
      path,
      createDate: this.daysAgo(900 + this.rng.int(100)),
      userNames: members,
      inlinePolicies: {},
      attachedPolicyArns: [...policyArns],
    };
    this.state.iam.groups[groupName.toLowerCase()] = group;
    return group;
  }

  role(roleName: string, path: string, trust: object, policyArns: string[], description?: string): IamRoleRecord {
    const role: IamRoleRecord = {
      roleName,
      roleId: this.id('AROA'),
      arn: this.arn('role', path, roleName),
      path,
      createDate: this.daysAgo(200 + this.rng.int(400)),
      assumeRolePolicyDocument: JSON.stringify(trust),
      description,
      maxSessionDuration: 3600,
      tags: [],
      inlinePolicies: {},
      attachedPolicyArns: [...policyArns],
    };
    this.state.iam.roles[roleName.toLowerCase()] = role;
    return role;
  }

  policy(policyName: string, path: string, document: object, description?: string): ManagedPolicyRecord {
    const created = this.daysAgo(300 + this.rng.int(200));
    const record: ManagedPolicyRecord = {
      policyName,
      policyId: this.id('ANPA'),
      arn: this.arn('policy', path, policyName),
      path,
      description,
      createDate: created,
      updateDate: created,
      versions: [{ versionId: 'v1', document: JSON.stringify(document, null, 2), isDefaultVersion: true, createDate: created }],
      nextVersion: 2,
      tags: [],
    };
    this.state.iam.policies[record.arn] = record;
    return record;
  }
}

export const awsPolicy = (name: string): string => `arn:aws:iam::aws:policy/${name}`;
