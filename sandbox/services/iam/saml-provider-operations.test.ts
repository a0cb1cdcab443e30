import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { createTestIdp } from '../../saml/test-idp';
import { sandboxStateFixture } from '../sts/sandbox-state-fixture';
import { samlProviderOperations as ops } from './saml-provider-operations';

const now = new Date('2026-05-01T12:00:00.000Z');
const ctx: RequestContext = { requestId: 'r', now, accountId: '111122223333', region: 'us-east-1', principal: null, sourceIp: '127.0.0.1' };
const idp = createTestIdp({ entityId: 'https://idp.example.test/saml' });
const error = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return e as { code: string; status: number; message: string };
  }
  throw new Error('expected an error');
};

describe('SAML provider operations', () => {
  let state: SandboxState;
  beforeEach(() => {
    state = sandboxStateFixture();
  });
  const create = (Name = 'Okta', doc = idp.metadataXml()) => ops.CreateSAMLProvider!({ Name, SAMLMetadataDocument: doc, Tags: [{ Key: 'env', Value: 'prod' }] }, ctx, state) as any;

  it('creates, reads back and lists a provider with ValidUntil 100 years out when metadata has none', () => {
    const out = create();
    expect(out).toEqual({ SAMLProviderArn: 'arn:aws:iam::111122223333:saml-provider/Okta', Tags: [{ Key: 'env', Value: 'prod' }] });
    const got = ops.GetSAMLProvider!({ SAMLProviderArn: out.SAMLProviderArn }, ctx, state) as any;
    expect(got.SAMLMetadataDocument).toBe(idp.metadataXml());
    expect(got.ValidUntil.toISOString()).toBe('2126-05-01T12:00:00.000Z');
    expect(got.SAMLProviderUUID).toMatch(/^[A-Z0-9]{22,64}$/);
    expect(got.AssertionEncryptionMode).toBe('Allowed');
    const list = ops.ListSAMLProviders!({}, ctx, state) as any;
    expect(list.SAMLProviderList).toEqual([{ Arn: out.SAMLProviderArn, ValidUntil: got.ValidUntil, CreateDate: now }]);
  });

  it("takes ValidUntil from the metadata's validUntil", () => {
    const out = create('Adfs', idp.metadataXml({ validUntil: new Date('2027-01-31T00:00:00Z') }));
    expect((ops.GetSAMLProvider!({ SAMLProviderArn: out.SAMLProviderArn }, ctx, state) as any).ValidUntil.toISOString()).toBe('2027-01-31T00:00:00.000Z');
  });

  it('refuses duplicates, unparsable metadata and unknown ARNs with IAM codes', () => {
    create();
    expect(error(() => create())).toMatchObject({ code: 'EntityAlreadyExists', status: 409 });
    expect(error(() => create('Bad', idp.metadataXml().replace(/IDPSSODescriptor/g, 'SPSSODescriptor')))).toMatchObject({ code: 'InvalidInput', message: 'Could not parse metadata' });
    expect(error(() => ops.GetSAMLProvider!({ SAMLProviderArn: 'arn:aws:iam::111122223333:saml-provider/Nope' }, ctx, state))).toMatchObject({ code: 'NoSuchEntity', status: 404 });
    expect(error(() => ops.GetSAMLProvider!({ SAMLProviderArn: 'arn:aws:iam::111122223333:role/Nope' }, ctx, state)).code).toBe('InvalidInput');
  });

  it('updates metadata (certificate rotation) and keeps the ARN', () => {
    const arn = create().SAMLProviderArn;
    const rotated = createTestIdp({ entityId: 'https://idp.example.test/saml' });
    ops.UpdateSAMLProvider!({ SAMLProviderArn: arn, SAMLMetadataDocument: rotated.metadataXml() }, ctx, state);
    expect(state.iam.security.samlProviders[0]!.signingCertificates[0]).toContain(rotated.certificateBase64.slice(0, 64));
  });

  it('deletes a provider without touching roles that trust it', () => {
    const arn = create().SAMLProviderArn;
    const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Federated: arn }, Action: 'sts:AssumeRoleWithSAML' }] });
    state.iam.roles['sso'] = { roleName: 'sso', roleId: 'AROAEXAMPLE', arn: 'arn:aws:iam::111122223333:role/sso', path: '/', createDate: now.toISOString(), assumeRolePolicyDocument: trust, maxSessionDuration: 3600, tags: [], inlinePolicies: {}, attachedPolicyArns: [] };
    ops.DeleteSAMLProvider!({ SAMLProviderArn: arn }, ctx, state);
    expect(state.iam.security.samlProviders).toEqual([]);
    expect(state.iam.roles['sso']!.assumeRolePolicyDocument).toBe(trust);
  });

  it('tags and untags', () => {
    const arn = create().SAMLProviderArn;
    ops.TagSAMLProvider!({ SAMLProviderArn: arn, Tags: [{ Key: 'Owner', Value: 'secops' }] }, ctx, state);
    ops.UntagSAMLProvider!({ SAMLProviderArn: arn, TagKeys: ['env'] }, ctx, state);
    expect((ops.ListSAMLProviderTags!({ SAMLProviderArn: arn }, ctx, state) as any).Tags).toEqual([{ Key: 'Owner', Value: 'secops' }]);
  });
});
