import type { SpFacts } from './saml-sp-facts';

/** One field of an IdP's AWS integration form, in the IdP's own words. */
export interface GuideField {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

/** How to fill in one IdP's AWS application. */
export interface IdpGuide {
  readonly id: string;
  readonly idp: string;
  readonly where: string;
  readonly fields: readonly GuideField[];
}

/** Guide cards for the IdPs administrators use most, with this account's values filled in. */
export function idpGuides(facts: SpFacts, roleValueExample: string): IdpGuide[] {
  const a = facts.attributes;
  const acs = facts.acsGlobal;
  return [
    {
      id: 'authpoint',
      idp: 'WatchGuard AuthPoint',
      where: 'Resources → Add Resource → SAML, Application Type "Amazon Web Services"',
      fields: [
        { label: 'Service Provider Entity ID', value: facts.entityId },
        { label: 'Assertion Consumer Service', value: acs },
        { label: 'Role Value', value: roleValueExample, note: 'AuthPoint writes the provider ARN first; AWS accepts either order.' },
        { label: 'Signature Method', value: 'SHA-256' },
      ],
    },
    {
      id: 'miniorange',
      idp: 'miniOrange',
      where: 'Apps → Add Application → SAML/WS-FED → AWS',
      fields: [
        { label: 'SP Entity ID or Issuer', value: facts.entityId },
        { label: 'ACS URL', value: acs },
        { label: 'Relay State', value: facts.relayState },
        { label: 'Custom attribute name (Role)', value: a.role },
        { label: 'Custom attribute value', value: roleValueExample },
        { label: 'Custom attribute name (session name)', value: a.roleSessionName, note: 'Map it to the username or e-mail.' },
      ],
    },
    {
      id: 'authentik',
      idp: 'authentik',
      where: 'Applications → Providers → Create → SAML Provider',
      fields: [
        { label: 'ACS URL', value: acs },
        { label: 'Audience', value: facts.entityId },
        { label: 'Service Provider Binding', value: 'Post' },
        { label: 'Property mapping SAML Attribute Name (role)', value: a.role, note: 'Export the expression from Roles → Export role ARN strings.' },
        { label: 'Property mapping SAML Attribute Name (session)', value: a.roleSessionName },
        { label: 'NameID Property Mapping', value: 'authentik default SAML Mapping: Email (or a persistent mapping)' },
      ],
    },
    {
      id: 'okta',
      idp: 'Okta',
      where: 'Applications → Create App Integration → SAML 2.0 (or the AWS Account Federation catalog app)',
      fields: [
        { label: 'Single sign-on URL', value: acs },
        { label: 'Audience URI (SP Entity ID)', value: facts.entityId },
        { label: 'Default RelayState', value: facts.relayState },
        { label: 'Name ID format', value: 'Persistent' },
        { label: 'Attribute Statements: Role', value: a.role },
        { label: 'Attribute Statements: RoleSessionName', value: a.roleSessionName },
      ],
    },
    {
      id: 'entra',
      idp: 'Microsoft Entra ID',
      where: 'Enterprise applications → AWS Single-Account Access → Single sign-on → SAML',
      fields: [
        { label: 'Identifier (Entity ID)', value: facts.entityId },
        { label: 'Reply URL (Assertion Consumer Service URL)', value: acs },
        { label: 'Relay State', value: facts.relayState },
        { label: 'Claim name: Role', value: a.role, note: 'Source attribute: user.assignedroles; define app roles with the exported manifest.' },
        { label: 'Claim name: RoleSessionName', value: a.roleSessionName },
        { label: 'Claim name: SessionDuration', value: a.sessionDuration },
      ],
    },
    {
      id: 'google',
      idp: 'Google Workspace',
      where: 'Admin console → Apps → Web and mobile apps → Add app → Search for "Amazon Web Services"',
      fields: [
        { label: 'ACS URL', value: acs },
        { label: 'Entity ID', value: facts.entityId },
        { label: 'Start URL', value: facts.relayState },
        { label: 'Name ID format', value: 'PERSISTENT' },
        { label: 'App attribute (Role)', value: a.role, note: 'Map it to a custom user attribute holding the role value.' },
        { label: 'App attribute (RoleSessionName)', value: a.roleSessionName },
      ],
    },
    {
      id: 'keycloak',
      idp: 'Keycloak',
      where: 'Clients → Create client → Client type SAML',
      fields: [
        { label: 'Client ID', value: facts.entityId },
        { label: 'Valid redirect URIs', value: acs },
        { label: 'IDP-Initiated SSO URL name', value: 'amazon-aws' },
        { label: 'IDP Initiated SSO Relay State', value: facts.relayState },
        { label: 'Name ID format', value: 'persistent' },
        { label: 'Role list mapper: Role attribute name', value: a.role, note: 'Name client roles after the role value, or use a hardcoded attribute mapper.' },
        { label: 'User property mapper: Friendly name RoleSessionName', value: a.roleSessionName },
      ],
    },
    {
      id: 'generic',
      idp: 'Any SAML 2.0 IdP',
      where: 'The IdP’s "add service provider" or "relying party" form',
      fields: [
        { label: 'SP entity ID / Audience', value: facts.entityId },
        { label: 'ACS URL / Recipient / Destination (global)', value: acs },
        ...(facts.acsRegional && facts.acsRegional !== acs ? [{ label: `ACS URL (regional, ${facts.region})`, value: facts.acsRegional }] : []),
        { label: 'SP metadata URL', value: facts.metadataUrl },
        { label: 'Relay state (console)', value: facts.relayState },
        { label: 'NameID format', value: facts.nameIdFormat },
        { label: 'Role attribute', value: a.role },
        { label: 'RoleSessionName attribute', value: a.roleSessionName },
        { label: 'Role attribute value', value: roleValueExample },
      ],
    },
  ];
}
