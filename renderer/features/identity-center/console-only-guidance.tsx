import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

const CONSOLE = 'https://console.aws.amazon.com/singlesignon/home';

/** What AWS offers no API for, and where in the console each is done. */
export function ConsoleOnlyGuidance(): ReactNode {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb={4}>
        Done in the AWS console only
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        IAM Identity Center has no API for these, so Portcullis cannot do them for you. Open the{' '}
        <Anchor href={CONSOLE} target="_blank" rel="noreferrer">
          IAM Identity Center console
        </Anchor>{' '}
        in the instance's home region.
      </Text>
      <List size="sm" spacing={6}>
        <List.Item>
          <b>Enable an organization instance</b>: IAM Identity Center → Enable (from the management account).
        </List.Item>
        <List.Item>
          <b>Change the identity source</b>: Settings → Identity source → Actions → Change identity source, then type ACCEPT. Switching to or from Active Directory deletes users, groups and assignments.
        </List.Item>
        <List.Item>
          <b>Connect an external IdP</b> (upload its SAML metadata, download the ACS URL and issuer): Settings → Identity source → Change identity source → External identity provider.
        </List.Item>
        <List.Item>
          <b>SCIM automatic provisioning</b>: Settings → Automatic provisioning → Enable shows the endpoint and a token valid for 1 year. To turn it off, delete the token first, then type DISABLE.
        </List.Item>
        <List.Item>
          <b>MFA settings, access portal session length and portal URL</b>: Settings → Authentication and Settings → Identity source → Customize.
        </List.Item>
        <List.Item>
          With an external IdP or Active Directory as the source, users and groups are managed there: changes made here do not sync back.
        </List.Item>
      </List>
    </Paper>
  );
}
