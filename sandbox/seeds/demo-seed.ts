import type { Rng } from '../core/rng';
import type { SandboxState } from '../core/state';
import { seedMfaDevice } from '../services/iam/mfa-seed';
import { seedOrganizationsDemo } from '../services/organizations/organizations-seed';
import { seedIdentityCenterDemo } from '../services/sso-admin/sso-admin-seed';
import { awsPolicy, SeedBuilder } from './seed-builder';

// Meridian Labs, the demo company: engineering, data, security, finance and support staff.
const people: [name: string, path: string, groups: string[]][] = [
  ['maria.garcia', '/engineering/', ['Admins', 'Developers']],
  ['james.smith', '/engineering/', ['Developers']],
  ['li.wei', '/engineering/', ['Developers']],
  ['fatima.khan', '/engineering/', ['Developers', 'OnCall']],
  ['noah.johnson', '/engineering/', ['Developers']],
  ['emma.brown', '/engineering/', ['Developers', 'OnCall']],
  ['lucas.martin', '/engineering/', ['Developers']],
  ['aisha.bello', '/engineering/', ['Developers']],
  ['hiroshi.tanaka', '/engineering/', ['Developers', 'OnCall']],
  ['olivia.wilson', '/engineering/', ['Developers']],
  ['mateo.rossi', '/engineering/', ['Developers']],
  ['sofia.petrova', '/engineering/', ['Developers']],
  ['david.cohen', '/engineering/', ['Admins', 'OnCall']],
  ['chloe.dubois', '/data/', ['DataScience']],
  ['arjun.patel', '/data/', ['DataScience']],
  ['grace.lee', '/data/', ['DataScience', 'ReadOnly']],
  ['samuel.okafor', '/data/', ['DataScience']],
  ['nina.larsen', '/data/', ['DataScience']],
  ['ahmed.hassan', '/security/', ['Security', 'Admins']],
  ['ingrid.nilsson', '/security/', ['Security']],
  ['carlos.mendez', '/security/', ['Security', 'ReadOnly']],
  ['yuki.sato', '/security/', ['Security']],
  ['rachel.green', '/finance/', ['Billing']],
  ['thomas.mueller', '/finance/', ['Billing', 'ReadOnly']],
  ['priya.sharma', '/finance/', ['Billing']],
  ['ben.carter', '/finance/', ['Billing']],
  ['laura.bianchi', '/support/', ['Support']],
  ['kwame.mensah', '/support/', ['Support']],
  ['zoe.martinez', '/support/', ['Support', 'ReadOnly']],
  ['ivan.novak', '/support/', ['Support']],
  ['hannah.schmidt', '/', ['ReadOnly']],
  ['omar.farouk', '/', ['ReadOnly']],
  ['elena.popescu', '/contractors/', ['ReadOnly']],
  ['jack.taylor', '/contractors/', ['Developers']],
  ['mei.chen', '/contractors/', ['DataScience']],
  ['pablo.ruiz', '/contractors/', []],
  ['ci-deployer', '/service-accounts/', []],
  ['backup-agent', '/service-accounts/', []],
  ['terraform', '/service-accounts/', ['Admins']],
  ['monitoring', '/service-accounts/', ['ReadOnly']],
];

const groups: [name: string, path: string, policies: string[]][] = [
  ['Admins', '/', [awsPolicy('AdministratorAccess')]],
  ['Developers', '/engineering/', [awsPolicy('PowerUserAccess'), awsPolicy('IAMUserChangePassword')]],
  ['Security', '/security/', [awsPolicy('IAMFullAccess'), awsPolicy('SecurityAudit')]],
  ['ReadOnly', '/', [awsPolicy('ReadOnlyAccess')]],
  ['Billing', '/finance/', [awsPolicy('job-function/Billing')]],
  ['DataScience', '/data/', [awsPolicy('AmazonSageMakerFullAccess'), awsPolicy('AmazonS3ReadOnlyAccess')]],
  ['Support', '/support/', [awsPolicy('AWSSupportAccess'), awsPolicy('job-function/ViewOnlyAccess')]],
  ['OnCall', '/engineering/', [awsPolicy('AmazonEC2FullAccess')]],
];

const mfaUsers = ['maria.garcia', 'david.cohen', 'ahmed.hassan', 'ingrid.nilsson', 'carlos.mendez', 'yuki.sato', 'rachel.green', 'li.wei', 'emma.brown', 'hiroshi.tanaka'];

/** The demo account: ~40 people in 8 groups, roles, policies, MFA, Identity Center and an organization. */
export function seedDemo(state: SandboxState, rng: Rng, now: Date): void {
  const b = new SeedBuilder(state, rng, now);
  for (const [name, path] of people) {
    const service = path === '/service-accounts/';
    b.user(name, path, {
      password: !service && rng.next() < 0.85,
      accessKeys: service ? 1 : rng.next() < 0.35 ? 1 : 0,
      tags: service ? { owner: 'platform' } : { team: path.replace(/\//g, '') || 'general' },
    });
  }
  for (const [name, path, policies] of groups) {
    b.group(name, path, policies, people.filter(([, , g]) => g.includes(name)).map(([n]) => n));
  }
  const selfManageMfa = b.policy('SelfManageMFA', '/', {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
      { Sid: 'AllowUserToCreateVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
      { Sid: 'AllowUserToManageTheirOwnMFA', Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    ],
  }, 'Lets people enroll and resynchronize their own virtual MFA device.');
  b.policy('DeployArtifacts', '/ci/', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::meridian-artifacts/*' }],
  }, 'CI uploads build artifacts.');
  state.iam.groups['developers']!.attachedPolicyArns.push(selfManageMfa.arn);
  state.iam.users['ci-deployer']!.attachedPolicyArns.push(`arn:aws:iam::${state.account.accountId}:policy/ci/DeployArtifacts`);
  state.iam.groups['security']!.inlinePolicies['DenyLeavingOrganization'] = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
  });
  const ec2Trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const accountTrust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${state.account.accountId}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
  b.role('app-server', '/service-role/', ec2Trust, [awsPolicy('AmazonS3ReadOnlyAccess')], 'Instance role for the web application servers.');
  b.role('BreakGlassAdmin', '/', accountTrust, [awsPolicy('AdministratorAccess')], 'Emergency administrator access; requires MFA.');
  b.role('SecurityAuditor', '/security/', accountTrust, [awsPolicy('SecurityAudit')], 'Read-only security review.');
  state.iam.accountAliases = ['meridian-labs'];
  for (const name of mfaUsers) seedMfaDevice(state, name, now);
  seedIdentityCenterDemo(state, () => rng.next());
  seedOrganizationsDemo(state, () => rng.next());
}
