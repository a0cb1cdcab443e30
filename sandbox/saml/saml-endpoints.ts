/** SP entity IDs STS accepts as the assertion's Audience (aws-api.md §3). */
export const ACCEPTED_AUDIENCES: readonly string[] = [
  'urn:amazon:webservices',
  'urn:amazon:webservices:cn-north-1',
  'urn:amazon:webservices:govcloud',
  'https://signin.aws.amazon.com/saml',
];

/** Sign-in endpoints a SubjectConfirmationData Recipient may name. */
export function isAcceptedRecipient(recipient: string, providerUuid?: string): boolean {
  const fixed = [
    'https://signin.aws.amazon.com/saml',
    'https://signin.aws.amazon.com/static/saml',
    'https://signin.amazonaws.cn/saml',
    'https://signin.amazonaws-us-gov.com/saml',
    'https://signin.c2shome.ic.gov/saml',
    'https://signin.sc2shome.sgov.gov/saml',
  ];
  if (fixed.includes(recipient)) return true;
  if (/^https:\/\/[a-z]{2}(-[a-z]+)+-\d\.signin\.aws\.amazon\.com\/saml$/.test(recipient)) return true;
  if (providerUuid) {
    const acs = /^https:\/\/(?:[a-z]{2}(?:-[a-z]+)+-\d\.)?signin\.aws\.amazon\.com\/saml\/acs\/([A-Z0-9]+)$/.exec(recipient);
    if (acs && acs[1] === providerUuid) return true;
  }
  return false;
}
