import { Anchor, Badge, Button, Code, Group, Loader, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { iamArn } from '../../../shared/logic/arn';
import { useQuery } from '../../api/api-context';
import { useConnection } from '../../app/connection-context';
import { navigate } from '../../app/use-hash-route';
import { CopyButton } from '../../components/copy-button';
import { ErrorAlert } from '../../components/error-alert';
import { CertificateTable } from './certificate-table';
import { DeleteProviderPanel } from './delete-provider-panel';
import { ExpiryBadge } from './expiry-badge';
import { RotateCertificatePanel } from './rotate-certificate-panel';

/** One provider: its certificates, the roles that trust it, rotation and deletion. */
export function ProviderDetail({ name, tab }: { name: string; tab: string }): ReactNode {
  const { identity } = useConnection();
  const arn = identity ? iamArn(identity.partition, identity.accountId, `saml-provider/${name}`) : '';
  const { data, error, loading, reload } = useQuery('saml.getProvider', { arn }, arn);
  return (
    <Stack gap="md" maw={1100}>
      <Group>
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('identity-providers', 'providers')}>
          All providers
        </Button>
      </Group>
      {loading && !data && <Loader size="sm" />}
      {error && <ErrorAlert error={error} title={`The provider ${name} could not be read`} />}
      {data && (
        <>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between">
              <Stack gap={4}>
                <Title order={3}>{data.name}</Title>
                <Group gap="xs">
                  <Code>{data.arn}</Code>
                  <CopyButton value={data.arn} label="Copy provider ARN" />
                </Group>
                <Text size="sm" c="dimmed">Entity ID {data.entityId ?? 'unknown'} · created {data.createDate?.slice(0, 10)}</Text>
              </Stack>
              <ExpiryBadge state={data.expiry} {...(data.daysLeft !== undefined ? { daysLeft: data.daysLeft } : {})} />
            </Group>
          </Paper>
          <Tabs value={tab} onChange={(t) => navigate('identity-providers', 'provider', name, t ?? 'details')} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="details">Details</Tabs.Tab>
              <Tabs.Tab value="rotate">Rotate certificate</Tabs.Tab>
              <Tabs.Tab value="delete" color="red">Delete</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="details" pt="md">
              <Stack gap="md">
                <Title order={5}>Certificates</Title>
                <CertificateTable certificates={data.certificates} />
                <Title order={5}>Roles that trust this provider</Title>
                {data.trustingRoles.length === 0 ? (
                  <Text size="sm" c="dimmed">None yet. <Anchor href="#/roles/new">Create a role for it</Anchor>.</Text>
                ) : (
                  <Table withTableBorder aria-label="Roles that trust this provider">
                    <Table.Tbody>
                      {data.trustingRoles.map((r) => (
                        <Table.Tr key={r.roleArn}>
                          <Table.Td>{r.roleName}</Table.Td>
                          <Table.Td><Badge variant="light" color={r.consoleAccess ? 'blue' : 'gray'}>{r.consoleAccess ? 'console and API' : 'API only'}</Badge></Table.Td>
                          <Table.Td style={{ wordBreak: 'break-all' }}>{r.roleArn}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {data.tags.length > 0 && <Text size="sm">Tags: {data.tags.map((t) => `${t.key}=${t.value}`).join(', ')}</Text>}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="rotate" pt="md">
              <RotateCertificatePanel provider={data} onDone={reload} />
            </Tabs.Panel>
            <Tabs.Panel value="delete" pt="md">
              <DeleteProviderPanel provider={data} onDeleted={() => undefined} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
