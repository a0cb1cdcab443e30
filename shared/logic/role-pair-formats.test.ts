import { describe, expect, it } from 'vitest';
import { ROLE_PAIR_FORMATS, formatRolePairs, pairString, stableGuid } from './role-pair-formats';

const admin = { roleArn: 'arn:aws:iam::111122223333:role/federated/Admin', providerArn: 'arn:aws:iam::111122223333:saml-provider/authpoint', roleName: 'Admin' };
const read = { roleArn: 'arn:aws:iam::111122223333:role/ReadOnly', providerArn: 'arn:aws:iam::111122223333:saml-provider/authpoint' };

describe('role pair formats', () => {
  it('writes either order', () => {
    expect(pairString(admin, 'role-first')).toBe(`${admin.roleArn},${admin.providerArn}`);
    expect(pairString(admin, 'provider-first')).toBe(`${admin.providerArn},${admin.roleArn}`);
  });

  it('writes one per line, CSV with a header, and JSON', () => {
    expect(formatRolePairs([admin, read], 'lines', 'role-first')).toBe(`${admin.roleArn},${admin.providerArn}\n${read.roleArn},${read.providerArn}\n`);
    expect(formatRolePairs([admin], 'csv', 'provider-first')).toBe(`providerArn,roleArn\r\n${admin.providerArn},${admin.roleArn}\r\n`);
    expect(JSON.parse(formatRolePairs([admin], 'json', 'role-first'))).toEqual([{ roleArn: admin.roleArn, providerArn: admin.providerArn, value: `${admin.roleArn},${admin.providerArn}` }]);
  });

  it('writes authentik expressions that return the Role value', () => {
    expect(formatRolePairs([admin], 'authentik-static', 'role-first')).toContain(`return "${admin.roleArn},${admin.providerArn}"`);
    const list = formatRolePairs([admin, read], 'authentik-list', 'role-first');
    expect(list).toContain(`return [\n    "${admin.roleArn},${admin.providerArn}",\n    "${read.roleArn},${read.providerArn}",\n]`);
    const group = formatRolePairs([admin], 'authentik-group', 'role-first');
    expect(group).toContain('request.user.ak_groups.all()');
    expect(group).toContain(`aws_roles: ["${admin.roleArn},${admin.providerArn}"]`);
  });

  it('writes AuthPoint, miniOrange and Okta values with the Role attribute name', () => {
    expect(formatRolePairs([admin], 'authpoint', 'provider-first')).toContain(`${admin.providerArn},${admin.roleArn}`);
    expect(formatRolePairs([admin], 'miniorange', 'role-first')).toContain('Attribute Name: https://aws.amazon.com/SAML/Attributes/Role');
    expect(formatRolePairs([admin], 'okta', 'role-first')).toContain(`Value: "${admin.roleArn},${admin.providerArn}"`);
  });

  it('writes Entra ID app roles with stable GUIDs', () => {
    const roles = JSON.parse(formatRolePairs([admin, read], 'entra', 'role-first')) as Array<{ id: string; value: string; displayName: string }>;
    expect(roles[0]!.displayName).toBe('Admin');
    expect(roles[1]!.displayName).toBe('ReadOnly');
    expect(roles[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(roles[0]!.id).toBe(stableGuid(`${admin.roleArn},${admin.providerArn}`));
    expect(roles[0]!.id).not.toBe(roles[1]!.id);
  });

  it('renders every listed format', () => {
    for (const f of ROLE_PAIR_FORMATS) expect(formatRolePairs([admin], f.id, 'role-first')).toContain(admin.roleArn);
  });
});
