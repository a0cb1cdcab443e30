import { Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput, ListToolbar } from '../../components/list-toolbar';
import { ExpiryBadge } from './expiry-badge';

/** The account's SAML providers, soonest certificate expiry first, filterable and exportable. */
export function ProviderListPanel(): ReactNode {
  const { data, error, loading, reload } = useQuery('saml.listProviders', {});
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (data ?? []).filter((p) => !q || p.name.toLowerCase().includes(q) || (p.entityId ?? '').toLowerCase().includes(q));
  }, [data, filter]);
  const exportCsv = (): void =>
    downloadText('saml-providers.csv', toCsv(['name', 'arn', 'entityId', 'expiry', 'daysLeft', 'validUntil'], rows.map((p) => [p.name, p.arn, p.entityId, p.expiry, p.daysLeft, p.validUntil])));
  return (
    <Stack gap="sm">
      <ListToolbar filter={<FilterInput placeholder="Filter by name or entity ID" aria-label="Filter providers" value={filter} onChange={setFilter} w={320} />}>
        <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reload} loading={loading}>Refresh</Button>
        <ExportCsvButton onClick={exportCsv} disabled={!rows.length} />
      </ListToolbar>
      {error && <ErrorAlert error={error} title="Could not list the SAML providers" />}
      <DataTable
        withTableBorder
        borderRadius="md"
        minHeight={160}
        fetching={loading}
        records={rows}
        idAccessor="arn"
        noRecordsText={data?.length ? 'No provider matches the filter' : 'No SAML providers yet'}
        aria-label="SAML providers"
        onRowClick={({ record }) => navigate('identity-providers', 'provider', record.name)}
        columns={[
          { accessor: 'name', title: 'Name', render: (p) => <Text fw={500}>{p.name}</Text> },
          { accessor: 'entityId', title: 'Entity ID', render: (p) => <Text size="sm" style={{ wordBreak: 'break-all' }}>{p.entityId ?? '—'}</Text> },
          { accessor: 'expiry', title: 'Signing certificate', render: (p) => <ExpiryBadge state={p.expiry} {...(p.daysLeft !== undefined ? { daysLeft: p.daysLeft } : {})} /> },
          { accessor: 'createDate', title: 'Created', render: (p) => p.createDate?.slice(0, 10) ?? '' },
        ]}
      />
    </Stack>
  );
}
