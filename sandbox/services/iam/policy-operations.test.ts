import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttachGroupPolicyCommand, AttachRolePolicyCommand, CreateGroupCommand, CreatePolicyCommand, CreatePolicyVersionCommand,
  CreateRoleCommand, CreateUserCommand, DeletePolicyCommand, DeletePolicyVersionCommand, DeleteRoleCommand, DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand, DetachRolePolicyCommand, GetAccountAuthorizationDetailsCommand, GetGroupPolicyCommand, GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand,
  GetRolePolicyCommand, ListAttachedGroupPoliciesCommand, ListAttachedRolePoliciesCommand, ListEntitiesForPolicyCommand, ListPoliciesCommand,
  ListPolicyVersionsCommand, ListRolePoliciesCommand, ListRolesCommand, ListRoleTagsCommand, PutGroupPolicyCommand, PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand, PutUserPolicyCommand, SetDefaultPolicyVersionCommand, TagRoleCommand, UntagRoleCommand, UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand, UpdateRoleDescriptionCommand, paginateListPolicies, type IAMClient,
} from '@aws-sdk/client-iam';
import { startSandbox, type RunningSandbox } from '../../index';
import { failure, sandboxClients } from '../../test/sandbox-clients';

let sandbox: RunningSandbox;
let iam: IAMClient;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  iam = sandboxClients(sandbox).iam;
});
afterAll(() => sandbox.close());

const trust = (principal: object): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] });
const allow = (action: string, pad = ''): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `S${pad}`, Effect: 'Allow', Action: action, Resource: '*' }] });

describe('roles', () => {
  it('creates a role with an AROA id and returns the trust policy URL-encoded', async () => {
    const doc = trust({ Service: 'ec2.amazonaws.com' });
    const role = (await iam.send(new CreateRoleCommand({ RoleName: 'web', Path: '/app/', AssumeRolePolicyDocument: doc, MaxSessionDuration: 7200 }))).Role!;
    expect(role.RoleId).toMatch(/^AROA/);
    expect(role.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:role/app/web`);
    expect(role.AssumeRolePolicyDocument).toBe(encodeURIComponent(doc));
    const got = (await iam.send(new GetRoleCommand({ RoleName: 'WEB' }))).Role!;
    expect(decodeURIComponent(got.AssumeRolePolicyDocument!)).toBe(doc);
    expect(got.MaxSessionDuration).toBe(7200);
    expect((await iam.send(new ListRolesCommand({ PathPrefix: '/app/' }))).Roles?.map((r) => r.RoleName)).toEqual(['web']);
  });

  it('enforces MaxSessionDuration bounds, the trust policy quota and trust policy shape', async () => {
    let e = await failure(iam.send(new CreateRoleCommand({ RoleName: 'long', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }), MaxSessionDuration: 50000 })));
    expect(e.message).toBe("1 validation error detected: Value '50000' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200");
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: Array.from({ length: 60 }, (_, i) => `arn:aws:iam::1234567890${String(i).padStart(2, '0')}:root`) }, Action: 'sts:AssumeRole' }] });
    e = await failure(iam.send(new CreateRoleCommand({ RoleName: 'big', AssumeRolePolicyDocument: big })));
    expect(e.name).toBe('LimitExceededException');
    expect(e.message).toBe('Cannot exceed quota for ACLSizePerRole: 2048');
    e = await failure(iam.send(new CreateRoleCommand({ RoleName: 'res', AssumeRolePolicyDocument: allow('sts:AssumeRole') })));
    expect(e.name).toBe('MalformedPolicyDocumentException');
    expect(e.message).toBe('Has prohibited field Resource');
    e = await failure(iam.send(new CreateRoleCommand({ RoleName: 'json', AssumeRolePolicyDocument: '{not json' })));
    expect(e.message).toBe('This policy contains invalid Json');
  });

  it('updates description, duration and trust; tags; boundary', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'upd', AssumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }) }));
    await iam.send(new UpdateRoleCommand({ RoleName: 'upd', MaxSessionDuration: 43200 }));
    const described = await iam.send(new UpdateRoleDescriptionCommand({ RoleName: 'upd', Description: 'Lambda runner' }));
    expect(described.Role?.Description).toBe('Lambda runner');
    const newTrust = trust({ Service: 'ecs-tasks.amazonaws.com' });
    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'upd', PolicyDocument: newTrust }));
    await iam.send(new TagRoleCommand({ RoleName: 'upd', Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'app', Value: 'x' }] }));
    await iam.send(new UntagRoleCommand({ RoleName: 'upd', TagKeys: ['app'] }));
    expect((await iam.send(new ListRoleTagsCommand({ RoleName: 'upd' }))).Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    await iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'upd', PermissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' }));
    const role = (await iam.send(new GetRoleCommand({ RoleName: 'upd' }))).Role!;
    expect(role.MaxSessionDuration).toBe(43200);
    expect(decodeURIComponent(role.AssumeRolePolicyDocument!)).toBe(newTrust);
    expect(role.PermissionsBoundary?.PermissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/PowerUserAccess');
    await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'upd' }));
    expect((await iam.send(new GetRoleCommand({ RoleName: 'upd' }))).Role?.PermissionsBoundary).toBeUndefined();
    const e = await failure(iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'upd', PermissionsBoundary: 'arn:aws:iam::aws:policy/NoSuchPolicyAnywhere' })));
    expect(e.name).toBe('NoSuchEntityException');
  });

  it('refuses to delete a role with attached or inline policies', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'del', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'del', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'del', PolicyName: 'inline', PolicyDocument: allow('s3:GetObject') }));
    let e = await failure(iam.send(new DeleteRoleCommand({ RoleName: 'del' })));
    expect(e.name).toBe('DeleteConflictException');
    expect(e.message).toBe('Cannot delete entity, must detach all policies first.');
    await iam.send(new DetachRolePolicyCommand({ RoleName: 'del', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));
    e = await failure(iam.send(new DeleteRoleCommand({ RoleName: 'del' })));
    expect(e.message).toBe('Cannot delete entity, must delete policies first.');
    await iam.send(new DeleteRolePolicyCommand({ RoleName: 'del', PolicyName: 'inline' }));
    await iam.send(new DeleteRoleCommand({ RoleName: 'del' }));
  });
});

describe('inline policies', () => {
  it('stores and returns documents URL-encoded, listing names', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'inl', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }) }));
    const doc = allow('s3:ListBucket');
    await iam.send(new PutRolePolicyCommand({ RoleName: 'inl', PolicyName: 'b', PolicyDocument: doc }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'inl', PolicyName: 'a', PolicyDocument: doc }));
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'inl' }))).PolicyNames).toEqual(['a', 'b']);
    const got = await iam.send(new GetRolePolicyCommand({ RoleName: 'inl', PolicyName: 'b' }));
    expect(got.PolicyDocument).toBe(encodeURIComponent(doc));
    const e = await failure(iam.send(new GetRolePolicyCommand({ RoleName: 'inl', PolicyName: 'zzz' })));
    expect(e.message).toBe('The role policy with name zzz cannot be found.');
  });

  it('rejects identity policies with a principal or without resources', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'pol-user' }));
    const withPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] });
    let e = await failure(iam.send(new PutUserPolicyCommand({ UserName: 'pol-user', PolicyName: 'p', PolicyDocument: withPrincipal })));
    expect(e.message).toBe('Policy document should not specify a principal.');
    const noResource = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] });
    e = await failure(iam.send(new PutUserPolicyCommand({ UserName: 'pol-user', PolicyName: 'p', PolicyDocument: noResource })));
    expect(e.message).toBe('Policy statement must contain resources.');
  });

  it('limits a group to 5,120 characters across its inline policies, not counting whitespace', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'sizers' }));
    const sized = (n: number): string => {
      const base = allow('s3:GetObject', '');
      return allow('s3:GetObject', 'x'.repeat(n - base.length));
    };
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'sizers', PolicyName: 'one', PolicyDocument: sized(2600) }));
    // Whitespace does not count: a pretty-printed 2,520-character document still fits.
    const pretty = JSON.stringify(JSON.parse(sized(2520)), null, 8);
    expect(pretty.length).toBeGreaterThan(2600);
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'sizers', PolicyName: 'two', PolicyDocument: pretty }));
    const e = await failure(iam.send(new PutGroupPolicyCommand({ GroupName: 'sizers', PolicyName: 'three', PolicyDocument: sized(200) })));
    expect(e.name).toBe('LimitExceededException');
    expect(e.message).toBe('Maximum policy size of 5120 bytes exceeded for group sizers');
    // Replacing a policy counts its new size, not both.
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'sizers', PolicyName: 'one', PolicyDocument: sized(2500) }));
    expect(decodeURIComponent((await iam.send(new GetGroupPolicyCommand({ GroupName: 'sizers', PolicyName: 'two' }))).PolicyDocument!)).toBe(pretty);
  });

  it('limits a user to 2,048 characters of inline policy', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'small' }));
    const e = await failure(iam.send(new PutUserPolicyCommand({ UserName: 'small', PolicyName: 'big', PolicyDocument: allow('s3:GetObject', 'y'.repeat(2000)) })));
    expect(e.message).toBe('Maximum policy size of 2048 bytes exceeded for user small');
  });
});

describe('managed policies', () => {
  const arnOf = (name: string, path = '/'): string => `arn:aws:iam::${sandbox.accountId}:policy${path}${name}`;

  it('creates a policy with v1 and manages up to five versions', async () => {
    const policy = (await iam.send(new CreatePolicyCommand({ PolicyName: 'Deploy', Path: '/ci/', PolicyDocument: allow('s3:PutObject'), Description: 'CI' }))).Policy!;
    expect(policy.Arn).toBe(arnOf('Deploy', '/ci/'));
    expect(policy.PolicyId).toMatch(/^ANPA/);
    expect(policy.DefaultVersionId).toBe('v1');
    const dup = await failure(iam.send(new CreatePolicyCommand({ PolicyName: 'deploy', PolicyDocument: allow('s3:PutObject') })));
    expect(dup.message).toBe('A policy called deploy already exists. Duplicate names are not allowed.');
    for (let i = 2; i <= 5; i++) {
      const v = await iam.send(new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: allow(`s3:Get${i}`), SetAsDefault: i === 3 }));
      expect(v.PolicyVersion?.VersionId).toBe(`v${i}`);
    }
    const e = await failure(iam.send(new CreatePolicyVersionCommand({ PolicyArn: policy.Arn, PolicyDocument: allow('s3:Get6') })));
    expect(e.message).toBe('A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: policy.Arn }))).Policy?.DefaultVersionId).toBe('v3');
    const v3 = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v3' }));
    expect(decodeURIComponent(v3.PolicyVersion!.Document!)).toBe(allow('s3:Get3'));
    expect((await failure(iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v3' })))).message).toBe('Cannot delete the default version of a policy.');
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: 'v5' }));
    for (const v of ['v1', 'v2', 'v3', 'v4']) await iam.send(new DeletePolicyVersionCommand({ PolicyArn: policy.Arn, VersionId: v }));
    expect((await iam.send(new ListPolicyVersionsCommand({ PolicyArn: policy.Arn }))).Versions?.map((v) => v.VersionId)).toEqual(['v5']);
  });

  it('enforces the 6,144-character managed policy size', async () => {
    const e = await failure(iam.send(new CreatePolicyCommand({ PolicyName: 'Huge', PolicyDocument: allow('s3:GetObject', 'z'.repeat(6200)) })));
    expect(e.message).toBe('Cannot exceed quota for PolicySize: 6144');
  });

  it('counts attachments, refuses to delete an attached policy, lists entities', async () => {
    const arn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'Shared', PolicyDocument: allow('ec2:Describe*') }))).Policy!.Arn!;
    await iam.send(new CreateGroupCommand({ GroupName: 'users-of-shared' }));
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'users-of-shared', PolicyArn: arn }));
    await iam.send(new CreateRoleCommand({ RoleName: 'shared-role', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'shared-role', PolicyArn: arn }));
    expect((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.AttachmentCount).toBe(2);
    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
    expect(entities.PolicyGroups?.map((g) => g.GroupName)).toEqual(['users-of-shared']);
    expect(entities.PolicyRoles?.map((r) => r.RoleName)).toEqual(['shared-role']);
    const e = await failure(iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    expect(e.name).toBe('DeleteConflictException');
    expect((await iam.send(new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }))).Policies?.map((p) => p.PolicyName)).toEqual(['Shared']);
    expect((await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'users-of-shared' }))).AttachedPolicies).toEqual([{ PolicyName: 'Shared', PolicyArn: arn }]);
  });

  it('attaches at most 10 managed policies to a group or role', async () => {
    const catalog = await iam.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 11, PathPrefix: '/' }));
    await iam.send(new CreateGroupCommand({ GroupName: 'ten' }));
    await iam.send(new CreateRoleCommand({ RoleName: 'ten', AssumeRolePolicyDocument: trust({ Service: 'ec2.amazonaws.com' }) }));
    for (const p of catalog.Policies!.slice(0, 10)) {
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'ten', PolicyArn: p.Arn }));
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'ten', PolicyArn: p.Arn }));
    }
    const eleventh = catalog.Policies![10]!.Arn!;
    expect((await failure(iam.send(new AttachGroupPolicyCommand({ GroupName: 'ten', PolicyArn: eleventh })))).message).toBe('Cannot exceed quota for PoliciesPerGroup: 10');
    expect((await failure(iam.send(new AttachRolePolicyCommand({ RoleName: 'ten', PolicyArn: eleventh })))).message).toBe('Cannot exceed quota for PoliciesPerRole: 10');
    expect((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'ten' }))).AttachedPolicies).toHaveLength(10);
  });

  it('reports everything in GetAccountAuthorizationDetails, paged and filtered', async () => {
    const all = await iam.send(new GetAccountAuthorizationDetailsCommand({}));
    const shared = all.Policies!.find((p) => p.PolicyName === 'Shared')!;
    expect(decodeURIComponent(shared.PolicyVersionList![0]!.Document!)).toBe(allow('ec2:Describe*'));
    // AWS managed policies appear only when something in the account uses them.
    const awsManaged = all.Policies!.filter((p) => p.Arn!.startsWith('arn:aws:iam::aws:policy/'));
    expect(awsManaged.length).toBeGreaterThanOrEqual(10);
    expect(awsManaged.every((p) => p.AttachmentCount! > 0)).toBe(true);
    const group = all.GroupDetailList!.find((g) => g.GroupName === 'sizers')!;
    expect(group.GroupPolicyList!.map((p) => p.PolicyName)).toEqual(['one', 'two']);
    const role = all.RoleDetailList!.find((r) => r.RoleName === 'shared-role')!;
    expect(role.AttachedManagedPolicies).toEqual([{ PolicyName: 'Shared', PolicyArn: shared.Arn }]);
    const roles = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'], MaxItems: 2 }));
    expect(roles.RoleDetailList).toHaveLength(2);
    expect(roles.UserDetailList).toEqual([]);
    expect(roles.IsTruncated).toBe(true);
    const next = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'], MaxItems: 100, Marker: roles.Marker }));
    expect(next.RoleDetailList!.length + 2).toBe(all.RoleDetailList!.length);
  });

  it('serves the real AWS managed policy catalog', async () => {
    const admin = (await iam.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }))).Policy!;
    expect(admin.PolicyName).toBe('AdministratorAccess');
    const doc = await iam.send(new GetPolicyVersionCommand({ PolicyArn: admin.Arn, VersionId: admin.DefaultVersionId }));
    expect(JSON.parse(decodeURIComponent(doc.PolicyVersion!.Document!))).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    let count = 0;
    for await (const page of paginateListPolicies({ client: iam, pageSize: 1000 }, { Scope: 'AWS' })) count += page.Policies!.length;
    expect(count).toBeGreaterThan(1300);
    const e = await failure(iam.send(new AttachRolePolicyCommand({ RoleName: 'ten', PolicyArn: 'arn:aws:iam::aws:policy/NotARealPolicy' })));
    expect(e.name).toBe('NoSuchEntityException');
    expect(e.message).toBe('Policy arn:aws:iam::aws:policy/NotARealPolicy does not exist or is not attachable.');
  });
});
