import { GetSAMLProviderCommand, ListSAMLProvidersCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { SamlProvider } from '../../../shared/model/saml-provider';
import type { MetadataCertificate } from '../../../shared/model/saml-metadata';
import { translateAwsError } from '../core/aws-error-translation';
import { EXPIRY_WARNING_DAYS } from './certificate-facts';
import { inspectMetadata } from './metadata-inspector';

/** The name part of a SAML provider ARN. */
export function providerNameOf(arn: string): string {
  return arn.slice(arn.indexOf(':saml-provider/') + ':saml-provider/'.length);
}

function expiryOf(certificates: readonly MetadataCertificate[]): Pick<SamlProvider, 'expiry' | 'daysLeft'> {
  const latest = certificates.find((c) => c.latestSigning);
  if (!latest) return { expiry: 'unknown' };
  const expiry = latest.daysLeft < 0 || latest.status === 'expired' ? 'expired' : latest.daysLeft < EXPIRY_WARNING_DAYS ? 'expiring' : 'ok';
  return { expiry, daysLeft: latest.daysLeft };
}

/** One provider as IAM stores it, with its metadata read the same way as before creation. */
export async function readProvider(iam: IAMClient, arn: string, now: Date): Promise<SamlProvider & { metadataXml: string }> {
  let out;
  try {
    out = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }));
  } catch (error) {
    throw translateAwsError(error, `reading the SAML provider ${providerNameOf(arn)}`);
  }
  const metadataXml = out.SAMLMetadataDocument ?? '';
  const { inspection } = inspectMetadata({ xml: metadataXml, stripBom: true }, now);
  return {
    arn,
    name: providerNameOf(arn),
    ...(out.CreateDate ? { createDate: out.CreateDate.toISOString() } : {}),
    ...(out.ValidUntil ? { validUntil: out.ValidUntil.toISOString() } : {}),
    ...(inspection.entityId ? { entityId: inspection.entityId } : {}),
    certificates: inspection.certificates,
    ...expiryOf(inspection.certificates),
    tags: (out.Tags ?? []).map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    metadataXml,
  };
}

/** The ARNs of every SAML provider (ListSAMLProviders is not paged). */
export async function listProviderArns(iam: IAMClient): Promise<string[]> {
  try {
    const out = await iam.send(new ListSAMLProvidersCommand({}));
    return (out.SAMLProviderList ?? []).map((p) => p.Arn ?? '').filter(Boolean);
  } catch (error) {
    throw translateAwsError(error, 'listing the SAML providers');
  }
}

/** Every provider with its certificates; soonest rotation first. */
export async function listProviders(iam: IAMClient, now: Date): Promise<SamlProvider[]> {
  const arns = await listProviderArns(iam);
  const providers: SamlProvider[] = [];
  // A few at a time: accounts hold up to 100 providers and GetSAMLProvider is throttled.
  for (let i = 0; i < arns.length; i += 5) {
    const batch = await Promise.all(arns.slice(i, i + 5).map((arn) => readProvider(iam, arn, now)));
    for (const { metadataXml: _omit, ...p } of batch) providers.push(p);
  }
  return providers.sort((a, b) => (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity) || a.name.localeCompare(b.name));
}
