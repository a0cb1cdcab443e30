import { z } from 'zod';
import { method } from '../define';
import { PlanSchema } from '../../model/plan';
import { MetadataInspectionSchema, MetadataSourceSchema } from '../../model/saml-metadata';
import { SamlProviderDetailSchema, SamlProviderSchema } from '../../model/saml-provider';
import { IamTagListSchema, SamlProviderNameSchema } from '../../logic/iam-names';

const ProviderArn = z.string().startsWith('arn:', 'Choose a SAML provider.').max(2048);

/** IAM SAML identity providers: inspect metadata, list, create, rotate, delete. */
export const samlMethods = {
  'saml.inspectMetadata': method({
    summary: 'Reads IdP metadata XML without sending it anywhere: entity, endpoints, certificates, problems.',
    args: MetadataSourceSchema.strict(),
    result: MetadataInspectionSchema,
  }),
  'saml.fetchMetadata': method({
    summary: 'Downloads IdP metadata from an https URL (timeout, size cap, https-only redirects).',
    args: z.object({ url: z.string().min(1, 'Enter the metadata URL.').max(2048) }).strict(),
    result: z.object({ xml: z.string(), finalUrl: z.string() }),
  }),
  'saml.listProviders': method({
    summary: 'Lists the SAML providers of the account with the expiry state of their certificates.',
    args: z.object({}).strict(),
    result: z.array(SamlProviderSchema),
  }),
  'saml.getProvider': method({
    summary: 'One SAML provider with its metadata and the roles whose trust policies name it.',
    args: z.object({ arn: ProviderArn }).strict(),
    result: SamlProviderDetailSchema,
  }),
  'saml.planCreateProvider': method({
    summary: 'Plans CreateSAMLProvider for checked metadata.',
    args: MetadataSourceSchema.extend({ name: SamlProviderNameSchema, tags: IamTagListSchema.default([]) }).strict(),
    result: PlanSchema,
  }),
  'saml.planUpdateProvider': method({
    summary: 'Plans UpdateSAMLProvider with new metadata (certificate rotation).',
    args: MetadataSourceSchema.extend({ arn: ProviderArn }).strict(),
    result: PlanSchema,
  }),
  'saml.planDeleteProvider': method({
    summary: 'Plans DeleteSAMLProvider, warning about the roles that would stop working.',
    args: z.object({ arn: ProviderArn }).strict(),
    result: PlanSchema,
  }),
} as const;
