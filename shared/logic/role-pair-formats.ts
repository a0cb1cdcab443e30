import { AWS_SAML_ATTRIBUTES } from './saml-sp-facts';

/** The two ARNs of one Role attribute value. */
export interface PairArns {
  readonly roleArn: string;
  readonly providerArn: string;
  readonly roleName?: string;
}

/** AWS accepts both orders; AuthPoint's guide puts the provider first. */
export type PairOrder = 'role-first' | 'provider-first';

export const ROLE_PAIR_FORMATS = [
  { id: 'lines', label: 'One per line', extension: 'txt' },
  { id: 'csv', label: 'CSV', extension: 'csv' },
  { id: 'json', label: 'JSON', extension: 'json' },
  { id: 'authentik-static', label: 'authentik: static value', extension: 'py' },
  { id: 'authentik-group', label: 'authentik: group attribute lookup', extension: 'py' },
  { id: 'authentik-list', label: 'authentik: list of roles', extension: 'py' },
  { id: 'authpoint', label: 'AuthPoint Role Value', extension: 'txt' },
  { id: 'miniorange', label: 'miniOrange custom attribute', extension: 'txt' },
  { id: 'okta', label: 'Okta attribute statement', extension: 'txt' },
  { id: 'entra', label: 'Entra ID app roles (manifest)', extension: 'json' },
] as const;
export type RolePairFormat = (typeof ROLE_PAIR_FORMATS)[number]['id'];

/** One `roleArn,providerArn` (or reversed) string. */
export function pairString(pair: PairArns, order: PairOrder): string {
  return order === 'role-first' ? `${pair.roleArn},${pair.providerArn}` : `${pair.providerArn},${pair.roleArn}`;
}

function roleNameOf(pair: PairArns): string {
  return pair.roleName ?? pair.roleArn.slice(pair.roleArn.lastIndexOf('/') + 1);
}

function pyString(text: string): string {
  return JSON.stringify(text);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A stable GUID for an app role, so re-exporting the same pair does not create a new role in Entra ID. */
export function stableGuid(text: string): string {
  const hex: string[] = [];
  for (let seed = 0; hex.join('').length < 32; seed += 1) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).split('');
  s[12] = '4';
  s[16] = ((parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  const j = s.join('');
  return `${j.slice(0, 8)}-${j.slice(8, 12)}-${j.slice(12, 16)}-${j.slice(16, 20)}-${j.slice(20)}`;
}

/** Renders role pairs in a format an IdP admin can paste as is. */
export function formatRolePairs(pairs: readonly PairArns[], format: RolePairFormat, order: PairOrder): string {
  const values = pairs.map((p) => pairString(p, order));
  const roleAttr = AWS_SAML_ATTRIBUTES.role;
  switch (format) {
    case 'lines':
      return values.join('\n') + '\n';
    case 'csv': {
      const header = order === 'role-first' ? 'roleArn,providerArn' : 'providerArn,roleArn';
      const rows = pairs.map((p) => (order === 'role-first' ? [p.roleArn, p.providerArn] : [p.providerArn, p.roleArn]).map(csvField).join(','));
      return [header, ...rows].join('\r\n') + '\r\n';
    }
    case 'json':
      return JSON.stringify(pairs.map((p) => ({ roleArn: p.roleArn, providerArn: p.providerArn, value: pairString(p, order) })), null, 2) + '\n';
    case 'authentik-static':
      return pairs
        .map((p) => `# SAML property mapping "AWS role ${roleNameOf(p)}", SAML attribute name: ${roleAttr}\nreturn ${pyString(pairString(p, order))}\n`)
        .join('\n');
    case 'authentik-group':
      return [
        `# SAML property mapping, SAML attribute name: ${roleAttr}`,
        '# Give each authentik group that may use a role an attribute, e.g.:',
        ...pairs.map((p) => `#   aws_roles: [${pyString(pairString(p, order))}]   (group for ${roleNameOf(p)})`),
        'roles = []',
        'for group in request.user.ak_groups.all():',
        '    value = group.attributes.get("aws_roles", [])',
        '    roles.extend([value] if isinstance(value, str) else value)',
        'return roles',
        '',
      ].join('\n');
    case 'authentik-list':
      return [`# SAML property mapping, SAML attribute name: ${roleAttr}`, 'return [', ...values.map((v) => `    ${pyString(v)},`), ']', ''].join('\n');
    case 'authpoint':
      return pairs.map((p) => `Role Value for ${roleNameOf(p)}:\n${pairString(p, order)}\n`).join('\n');
    case 'miniorange':
      return pairs
        .map((p) => `Attribute Name: ${roleAttr}\nAttribute Value: ${pairString(p, order)}\n`)
        .join('\n');
    case 'okta':
      return [
        `Attribute statement Name: ${roleAttr}`,
        'Name format: URI Reference',
        ...values.map((v) => `Value: ${pyString(v)}`),
        '',
      ].join('\n');
    case 'entra':
      return (
        JSON.stringify(
          pairs.map((p) => ({
            allowedMemberTypes: ['User'],
            description: `AWS role ${roleNameOf(p)}`,
            displayName: roleNameOf(p),
            id: stableGuid(pairString(p, 'role-first')),
            isEnabled: true,
            value: pairString(p, order),
          })),
          null,
          2,
        ) + '\n'
      );
  }
}
