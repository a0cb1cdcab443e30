import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { addPrivateKey, assertEncryptionModeUsable, removePrivateKey } from './saml-provider-private-keys';
import {
  MAX_SAML_PROVIDERS,
  parseMetadataForIam,
  providerValidUntil,
  randomIamIdentifier,
  requireSamlProvider,
  samlProviderArn,
} from './saml-provider-records';
import { pageOf } from './security-paging';
import { assertUniqueTagKeys, mergeTags, removeTags, sortedTags, type Tag } from './security-tags';
import type { SamlProviderRecord } from './security-state';

type EncryptionMode = 'Required' | 'Allowed';

/** IAM SAML providers. Deleting one never touches the roles that trust it, as on AWS. */
export const samlProviderOperations: ServiceOperations = {
  CreateSAMLProvider(
    input: { Name: string; SAMLMetadataDocument: string; Tags?: Tag[]; AssertionEncryptionMode?: EncryptionMode; AddPrivateKey?: string },
    ctx,
    state,
  ) {
    const providers = state.iam.security.samlProviders;
    const arn = samlProviderArn(ctx.accountId, input.Name);
    if (providers.some((p) => p.name.toLowerCase() === input.Name.toLowerCase())) {
      throw new AwsError('EntityAlreadyExists', `SAMLProvider ${input.Name} already exists.`, 409);
    }
    if (providers.length >= MAX_SAML_PROVIDERS) throw new AwsError('LimitExceeded', `Cannot exceed quota for SAMLProvidersPerAccount: ${MAX_SAML_PROVIDERS}`, 409);
    const tags = input.Tags ?? [];
    assertUniqueTagKeys(tags);
    if (tags.length > 50) throw new AwsError('LimitExceeded', 'The number of tags has reached the maximum limit.', 409);
    const metadata = parseMetadataForIam(input.SAMLMetadataDocument);
    const provider: SamlProviderRecord = {
      name: input.Name,
      arn,
      uuid: randomIamIdentifier('SAMLSP', 26),
      metadataDocument: input.SAMLMetadataDocument,
      entityId: metadata.entityId,
      signingCertificates: metadata.signingCertificates,
      createDate: ctx.now.toISOString(),
      validUntil: providerValidUntil(metadata, ctx.now).toISOString(),
      assertionEncryptionMode: input.AssertionEncryptionMode ?? 'Allowed',
      privateKeys: [],
      tags: [...tags],
    };
    if (input.AddPrivateKey) addPrivateKey(provider, input.AddPrivateKey, ctx.now);
    assertEncryptionModeUsable(provider);
    providers.push(provider);
    return { SAMLProviderArn: arn, ...(tags.length ? { Tags: sortedTags(tags) } : {}) };
  },

  UpdateSAMLProvider(
    input: { SAMLProviderArn: string; SAMLMetadataDocument?: string; AssertionEncryptionMode?: EncryptionMode; AddPrivateKey?: string; RemovePrivateKey?: string },
    ctx,
    state,
  ) {
    const provider = requireSamlProvider(state, input.SAMLProviderArn);
    if (input.AddPrivateKey && input.RemovePrivateKey) {
      throw new AwsError('InvalidInput', 'Add the new private key and remove the old one in separate requests.', 400);
    }
    const draft: SamlProviderRecord = structuredClone(provider);
    if (input.SAMLMetadataDocument !== undefined) {
      const metadata = parseMetadataForIam(input.SAMLMetadataDocument);
      draft.metadataDocument = input.SAMLMetadataDocument;
      draft.entityId = metadata.entityId;
      draft.signingCertificates = metadata.signingCertificates;
      draft.validUntil = providerValidUntil(metadata, ctx.now).toISOString();
    }
    if (input.AssertionEncryptionMode) draft.assertionEncryptionMode = input.AssertionEncryptionMode;
    if (input.AddPrivateKey) addPrivateKey(draft, input.AddPrivateKey, ctx.now);
    if (input.RemovePrivateKey) removePrivateKey(draft, input.RemovePrivateKey);
    assertEncryptionModeUsable(draft);
    Object.assign(provider, draft);
    return { SAMLProviderArn: provider.arn };
  },

  GetSAMLProvider(input: { SAMLProviderArn: string }, _ctx, state) {
    const p = requireSamlProvider(state, input.SAMLProviderArn);
    return {
      SAMLProviderUUID: p.uuid,
      SAMLMetadataDocument: p.metadataDocument,
      CreateDate: new Date(p.createDate),
      ValidUntil: new Date(p.validUntil),
      Tags: sortedTags(p.tags),
      AssertionEncryptionMode: p.assertionEncryptionMode ?? 'Allowed',
      PrivateKeyList: p.privateKeys.map((k) => ({ KeyId: k.keyId, Timestamp: new Date(k.timestamp) })),
    };
  },

  ListSAMLProviders(_input: unknown, _ctx, state) {
    return {
      SAMLProviderList: [...state.iam.security.samlProviders]
        .sort((a, b) => a.arn.localeCompare(b.arn))
        .map((p) => ({ Arn: p.arn, ValidUntil: new Date(p.validUntil), CreateDate: new Date(p.createDate) })),
    };
  },

  DeleteSAMLProvider(input: { SAMLProviderArn: string }, _ctx, state) {
    const provider = requireSamlProvider(state, input.SAMLProviderArn);
    state.iam.security.samlProviders = state.iam.security.samlProviders.filter((p) => p !== provider);
    return {};
  },

  TagSAMLProvider(input: { SAMLProviderArn: string; Tags: Tag[] }, _ctx, state) {
    const provider = requireSamlProvider(state, input.SAMLProviderArn);
    provider.tags = mergeTags(provider.tags, input.Tags);
    return {};
  },

  UntagSAMLProvider(input: { SAMLProviderArn: string; TagKeys: string[] }, _ctx, state) {
    const provider = requireSamlProvider(state, input.SAMLProviderArn);
    provider.tags = removeTags(provider.tags, input.TagKeys);
    return {};
  },

  ListSAMLProviderTags(input: { SAMLProviderArn: string; Marker?: string; MaxItems?: number }, _ctx, state) {
    const provider = requireSamlProvider(state, input.SAMLProviderArn);
    const { page, IsTruncated, Marker } = pageOf(sortedTags(provider.tags), input.Marker, input.MaxItems);
    return { Tags: page, IsTruncated, ...(Marker ? { Marker } : {}) };
  },
};
