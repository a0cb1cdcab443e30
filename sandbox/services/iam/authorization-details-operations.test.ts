import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetAccountAuthorizationDetailsCommand, ListGroupsForUserCommand, type GetAccountAuthorizationDetailsCommandOutput, type IAMClient } from '@aws-sdk/client-iam';
import { startSandbox, type RunningSandbox } from '../../index';
import { sandboxClients } from '../../test/sandbox-clients';

let sandbox: RunningSandbox;
let iam: IAMClient;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'scale' });
  iam = sandboxClients(sandbox).iam;
});
afterAll(() => sandbox.close());

async function allPages(): Promise<GetAccountAuthorizationDetailsCommandOutput[]> {
  const pages: GetAccountAuthorizationDetailsCommandOutput[] = [];
  let marker: string | undefined;
  do {
    const page = await iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: 1000, Marker: marker }));
    pages.push(page);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return pages;
}

describe('GetAccountAuthorizationDetails on a large account', () => {
  it('pages through every user, group, role and policy once, each user with its groups', async () => {
    const pages = await allPages();
    const users = pages.flatMap((p) => p.UserDetailList ?? []);
    const groups = pages.flatMap((p) => p.GroupDetailList ?? []);
    const state = sandbox.state();
    expect(pages.every((p, i) => i === pages.length - 1 || (p.UserDetailList!.length + p.GroupDetailList!.length + p.RoleDetailList!.length + p.Policies!.length) === 1000)).toBe(true);
    expect(new Set(users.map((u) => u.UserName)).size).toBe(Object.keys(state.iam.users).length);
    expect(groups.map((g) => g.GroupName)).toHaveLength(Object.keys(state.iam.groups).length);
    expect(pages.flatMap((p) => p.RoleDetailList ?? []).map((r) => r.RoleName)).toHaveLength(Object.keys(state.iam.roles).length);
    // Every membership the groups record shows up in its user's GroupList, and nothing else does.
    const memberships = Object.values(state.iam.groups).reduce((n, g) => n + g.userNames.length, 0);
    expect(users.reduce((n, u) => n + u.GroupList!.length, 0)).toBe(memberships);
    const busiest = [...users].sort((a, b) => b.GroupList!.length - a.GroupList!.length)[0]!;
    expect(busiest.GroupList!.length).toBeGreaterThan(1);
    const listed = await iam.send(new ListGroupsForUserCommand({ UserName: busiest.UserName }));
    expect(busiest.GroupList).toEqual(listed.Groups!.map((g) => g.GroupName));
  });
});
