import type { Partition } from '../model/partition';

/** The SAML attributes AWS reads from the assertion. */
export const AWS_SAML_ATTRIBUTES = {
  role: 'https://aws.amazon.com/SAML/Attributes/Role',
  roleSessionName: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
  sessionDuration: 'https://aws.amazon.com/SAML/Attributes/SessionDuration',
  principalTagPrefix: 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:',
  transitiveTagKeys: 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys',
  sourceIdentity: 'https://aws.amazon.com/SAML/Attributes/SourceIdentity',
} as const;

export const NAMEID_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
export const NAMEID_TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
export const HTTP_POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

const SIGNIN_HOST: Record<Partition, string> = {
  aws: 'signin.aws.amazon.com',
  'aws-cn': 'signin.amazonaws.cn',
  'aws-us-gov': 'signin.amazonaws-us-gov.com',
};
const CONSOLE_HOST: Record<Partition, string> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};
const SP_ENTITY_ID: Record<Partition, string> = {
  aws: 'urn:amazon:webservices',
  'aws-cn': 'urn:amazon:webservices:cn-north-1',
  'aws-us-gov': 'urn:amazon:webservices:govcloud',
};

/** The global sign-in endpoint (ACS URL and SAML:aud value) of a partition. */
export function globalSigninUrl(partition: Partition): string {
  return `https://${SIGNIN_HOST[partition]}/saml`;
}

/**
 * The regional sign-in endpoint, or undefined when the partition only documents the global one.
 * us-east-1's regional endpoint is the global host itself.
 */
export function regionalSigninUrl(partition: Partition, region: string): string | undefined {
  if (partition !== 'aws' || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return undefined;
  return region === 'us-east-1' ? globalSigninUrl('aws') : `https://${region}.${SIGNIN_HOST.aws}/saml`;
}

/** Everything an IdP must be configured with to federate into one AWS account. */
export interface SpFacts {
  readonly partition: Partition;
  readonly region: string;
  readonly accountId: string;
  readonly accountAlias: string | null;
  readonly entityId: string;
  readonly acsGlobal: string;
  readonly acsRegional: string | undefined;
  readonly metadataUrl: string;
  readonly relayState: string;
  readonly nameIdFormat: string;
  readonly attributes: typeof AWS_SAML_ATTRIBUTES;
  readonly signing: string;
}

/** The service-provider facts for a partition, region and account. */
export function spFacts(partition: Partition, region: string, accountId: string, accountAlias: string | null = null): SpFacts {
  return {
    partition,
    region,
    accountId,
    accountAlias,
    entityId: SP_ENTITY_ID[partition],
    acsGlobal: globalSigninUrl(partition),
    acsRegional: regionalSigninUrl(partition, region),
    metadataUrl: `https://${SIGNIN_HOST[partition]}/static/saml-metadata.xml`,
    relayState: `https://${CONSOLE_HOST[partition]}/`,
    nameIdFormat: NAMEID_PERSISTENT,
    attributes: AWS_SAML_ATTRIBUTES,
    signing: 'Sign the assertion (or the whole response) with RSA-SHA256; AWS does not accept unsigned assertions. Encryption is optional unless the provider requires it.',
  };
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * AWS's service-provider metadata for IdPs that import a file. It carries everything but AWS's
 * own signing certificate, which rotates yearly: IdPs that want it should fetch metadataUrl.
 */
export function spMetadataXml(facts: SpFacts): string {
  const acs = [facts.acsGlobal, ...(facts.acsRegional && facts.acsRegional !== facts.acsGlobal ? [facts.acsRegional] : [])];
  const attr = (name: string, required: boolean): string =>
    `      <md:RequestedAttribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="${required}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${esc(facts.entityId)}">`,
    `  <!-- AWS's signing certificate is not included; the current file is at ${esc(facts.metadataUrl)} -->`,
    '  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAssertionsSigned="true">',
    `    <md:NameIDFormat>${NAMEID_PERSISTENT}</md:NameIDFormat>`,
    `    <md:NameIDFormat>${NAMEID_TRANSIENT}</md:NameIDFormat>`,
    ...acs.map(
      (url, i) => `    <md:AssertionConsumerService Binding="${HTTP_POST_BINDING}" Location="${esc(url)}" index="${i + 1}"${i === 0 ? ' isDefault="true"' : ''}/>`,
    ),
    '    <md:AttributeConsumingService index="1">',
    '      <md:ServiceName xml:lang="en">AWS Management Console Single Sign-On</md:ServiceName>',
    attr(AWS_SAML_ATTRIBUTES.role, true),
    attr(AWS_SAML_ATTRIBUTES.roleSessionName, true),
    attr(AWS_SAML_ATTRIBUTES.sessionDuration, false),
    attr(AWS_SAML_ATTRIBUTES.sourceIdentity, false),
    '    </md:AttributeConsumingService>',
    '  </md:SPSSODescriptor>',
    '</md:EntityDescriptor>',
    '',
  ].join('\n');
}
