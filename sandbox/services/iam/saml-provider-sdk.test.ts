import { CreateSAMLProviderCommand, DeleteSAMLProviderCommand, GetSAMLProviderCommand, IAMClient, ListSAMLProvidersCommand, ListSAMLProviderTagsCommand, TagSAMLProviderCommand, UntagSAMLProviderCommand, UpdateSAMLProviderCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIdp } from '../../saml/test-idp';
import { startSecurityTestSandbox, type SecurityTestSandbox } from '../sts/security-test-sandbox';

describe('SAML providers through the sandbox (SDK v3)', () => {
  let sandbox: SecurityTestSandbox;
  let iam: IAMClient;
  const idp = createTestIdp({ entityId: 'https://idp.example.test/a&b?c=<d>' });
  beforeAll(async () => {
    sandbox = await startSecurityTestSandbox();
    iam = new IAMClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: sandbox.credentials, maxAttempts: 1 });
  });
  afterAll(() => sandbox.close());

  it('round-trips the metadata document byte for byte (XML-escaped on the wire)', async () => {
    const doc = idp.metadataXml();
    const { SAMLProviderArn } = await iam.send(new CreateSAMLProviderCommand({ Name: 'RoundTrip', SAMLMetadataDocument: doc, Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }] }));
    expect(SAMLProviderArn).toBe(`arn:aws:iam::${sandbox.accountId}:saml-provider/RoundTrip`);
    const got = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn }));
    expect(got.SAMLMetadataDocument).toBe(doc);
    expect(got.Tags).toEqual([{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }]);
    expect(got.ValidUntil!.getUTCFullYear() - got.CreateDate!.getUTCFullYear()).toBe(100);
    const list = await iam.send(new ListSAMLProvidersCommand({}));
    expect(list.SAMLProviderList?.map((p) => p.Arn)).toContain(SAMLProviderArn);
  });

  it('answers duplicates, bad names, short and hostile metadata with IAM errors', async () => {
    await iam.send(new CreateSAMLProviderCommand({ Name: 'Dup', SAMLMetadataDocument: idp.metadataXml() }));
    const dup = await iam.send(new CreateSAMLProviderCommand({ Name: 'Dup', SAMLMetadataDocument: idp.metadataXml() })).catch((e) => e);
    expect(dup.name).toBe('EntityAlreadyExistsException');
    const badName = await iam.send(new CreateSAMLProviderCommand({ Name: 'bad name!', SAMLMetadataDocument: idp.metadataXml() })).catch((e) => e);
    expect(badName.name).toBe('ValidationError');
    const short = await iam.send(new CreateSAMLProviderCommand({ Name: 'Short', SAMLMetadataDocument: '<x/>' })).catch((e) => e);
    expect(short.name).toBe('ValidationError');
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${idp.metadataXml().replace(/^<\?xml[^>]*>/, '')}`;
    const hostile = await iam.send(new CreateSAMLProviderCommand({ Name: 'Xxe', SAMLMetadataDocument: xxe })).catch((e) => e);
    expect(hostile.name).toBe('InvalidInputException');
    expect(hostile.message).toBe('Could not parse metadata');
  });

  it('updates, tags, untags and deletes', async () => {
    const { SAMLProviderArn } = await iam.send(new CreateSAMLProviderCommand({ Name: 'Lifecycle', SAMLMetadataDocument: idp.metadataXml() }));
    const rotated = createTestIdp({ entityId: idp.entityId }).metadataXml({ validUntil: new Date('2031-06-30T00:00:00Z') });
    await iam.send(new UpdateSAMLProviderCommand({ SAMLProviderArn, SAMLMetadataDocument: rotated }));
    expect((await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn }))).ValidUntil?.toISOString()).toBe('2031-06-30T00:00:00.000Z');
    await iam.send(new TagSAMLProviderCommand({ SAMLProviderArn, Tags: [{ Key: 'owner', Value: 'secops' }, { Key: 'tmp', Value: 'x' }] }));
    await iam.send(new UntagSAMLProviderCommand({ SAMLProviderArn, TagKeys: ['tmp'] }));
    expect((await iam.send(new ListSAMLProviderTagsCommand({ SAMLProviderArn }))).Tags).toEqual([{ Key: 'owner', Value: 'secops' }]);
    await iam.send(new DeleteSAMLProviderCommand({ SAMLProviderArn }));
    const gone = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn })).catch((e) => e);
    expect(gone.name).toBe('NoSuchEntityException');
  });
});
