import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconDownload, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useQuery } from '../../api/api-context';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExpiryBadge } from './expiry-badge';

/** Providers → the roles that trust them → their policies, with what is broken on top. */
export function FederationOverviewPanel(): ReactNode {
  const { data, error, loading, reload } = useQuery('roles.federationOverview', {});
  const exportCsv = (): void => {
    if (!data) return;
    const rows = data.providers.flatMap(({ provider, roles }) =>
      roles.length ? roles.map((r) => [provider.name, provider.expiry, r.roleName, r.consoleAccess ? 'console' : 'api', r.policies.map((p) => p.name).join(' ')]) : [[provider.name, provider.expiry, '', '', '']],
    );
    for (const o of data.orphanRoles) rows.push([`(missing) ${o.missingProviderArn}`, 'deleted', o.roleName, o.consoleAccess ? 'console' : 'api', o.policies.map((p) => p.name).join(' ')]);
    downloadText('federation-overview.csv', toCsv(['provider', 'certificate', 'role', 'access', 'policies'], rows));
  };
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reload} loading={loading}>Refresh</Button>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportCsv} disabled={!data}>Export CSV</Button>
      </Group>
      {loading && !data && <Loader size="sm" />}
      {error && <ErrorAlert error={error} title="Could not read the SAML providers and roles" />}
      {data && data.issues.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={data.issues.length === 1 ? '1 thing needs attention' : `${data.issues.length} things need attention`} data-testid="overview-issues">
          <List size="sm" spacing={4}>
            {data.issues.map((i) => (
              <List.Item key={`${i.target}-${i.message}`} icon={i.severity === 'error' ? <IconCircleX size={16} color="var(--mantine-color-red-6)" /> : <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />}>
                {i.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {data && data.providers.length === 0 && data.orphanRoles.length === 0 && (
        <Text c="dimmed">No SAML providers in this account yet. <Anchor href="#/identity-providers/new">Register one</Anchor>.</Text>
      )}
      {data?.providers.map(({ provider, roles }) => (
        <Paper key={provider.arn} withBorder p="md" radius="md" data-testid="overview-provider">
          <Group justify="space-between">
            <Anchor href={`#/identity-providers/provider/${encodeURIComponent(provider.name)}`} fw={600}>{provider.name}</Anchor>
            <ExpiryBadge state={provider.expiry} {...(provider.daysLeft !== undefined ? { daysLeft: provider.daysLeft } : {})} />
          </Group>
          <Text size="xs" c="dimmed" mb="xs">{provider.entityId}</Text>
          {roles.length === 0 ? (
            <Text size="sm" c="orange">No role trusts this provider.</Text>
          ) : (
            <List size="sm" spacing={6}>
              {roles.map((r) => (
                <List.Item key={r.roleArn}>
                  <Group gap="xs">
                    <Text size="sm" fw={500}>{r.roleName}</Text>
                    <Badge size="xs" variant="light" color={r.consoleAccess ? 'blue' : 'gray'}>{r.consoleAccess ? 'console and API' : 'API only'}</Badge>
                    {r.policies.map((p) => (
                      <Badge key={p.arn} size="xs" variant="outline" color="gray">{p.name}</Badge>
                    ))}
                    {r.policies.length === 0 && <Text size="xs" c="orange">no policies</Text>}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      ))}
      {data && data.orphanRoles.length > 0 && (
        <Paper withBorder p="md" radius="md" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
          <Title order={5} c="red">Roles trusting a provider that does not exist</Title>
          <List size="sm">
            {data.orphanRoles.map((r) => (
              <List.Item key={`${r.roleArn}-${r.missingProviderArn}`}>{r.roleName} → {r.missingProviderArn}</List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
