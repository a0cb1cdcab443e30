import { Alert, Badge, Button, Code, Group, Paper, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RolePair } from '../../../shared/model/federated-role';
import { ROLE_PAIR_FORMATS, formatRolePairs, type PairOrder, type RolePairFormat } from '../../../shared/logic/role-pair-formats';
import { useQuery } from '../../api/api-context';
import { CopyButton } from '../../components/copy-button';
import { downloadText } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';

const PAGE_SIZE = 25;
const key = (p: RolePair): string => `${p.roleArn}|${p.providerArn}`;

/** Role ARN strings for the IdP's Role attribute: discover pairs, pick, format, copy or save. */
export function RolePairExport(): ReactNode {
  const { data, error, loading } = useQuery('roles.listSamlPairs', {});
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<RolePair[]>([]);
  const [format, setFormat] = useState<RolePairFormat>('lines');
  const [order, setOrder] = useState<PairOrder>('role-first');
  const [page, setPage] = useState(1);
  const pairs = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (data?.pairs ?? []).filter((p) => !q || p.roleName.toLowerCase().includes(q) || p.providerName.toLowerCase().includes(q));
  }, [data, filter]);
  useEffect(() => {
    if (data) setSelected(data.pairs.filter((p) => p.providerExists));
  }, [data]);
  useEffect(() => setPage(1), [filter]);
  const text = selected.length ? formatRolePairs(selected, format, order) : '';
  const spec = ROLE_PAIR_FORMATS.find((f) => f.id === format)!;
  return (
    <Stack gap="md" maw={1100}>
      {error && <ErrorAlert error={error} title="Could not read the roles and their trust policies" />}
      {data && (
        <Text size="sm">
          Account <b>{data.accountAlias ?? data.accountId}</b>{data.accountAlias ? ` (${data.accountId})` : ''} · {data.pairs.length === 1 ? '1 role/provider pair' : `${data.pairs.length} role/provider pairs`} found in the trust policies
        </Text>
      )}
      <TextInput leftSection={<IconSearch size={14} />} placeholder="Filter by role or provider" aria-label="Filter pairs" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={320} />
      <DataTable
        withTableBorder
        borderRadius="md"
        minHeight={140}
        fetching={loading}
        records={pairs.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        totalRecords={pairs.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        idAccessor={key}
        selectedRecords={selected}
        onSelectedRecordsChange={setSelected}
        selectionCheckboxProps={{ 'aria-label': 'Select pair' }}
        noRecordsText="No role trusts a SAML provider yet"
        aria-label="Role and provider pairs"
        columns={[
          { accessor: 'roleName', title: 'Role' },
          { accessor: 'providerName', title: 'SAML provider', render: (p) => (p.providerExists ? p.providerName : <Group gap={4}><Text size="sm">{p.providerName}</Text><Badge color="red" size="xs">deleted</Badge></Group>) },
          { accessor: 'roleArn', title: 'Role ARN', render: (p) => <Text size="xs" style={{ wordBreak: 'break-all' }}>{p.roleArn}</Text> },
        ]}
      />
      <Group align="flex-end">
        <Select label="Format" data={ROLE_PAIR_FORMATS.map((f) => ({ value: f.id, label: f.label }))} value={format} onChange={(v) => v && setFormat(v as RolePairFormat)} allowDeselect={false} w={300} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>Order</Text>
          <SegmentedControl value={order} onChange={(v) => setOrder(v as PairOrder)} data={[{ value: 'role-first', label: 'roleArn,providerArn' }, { value: 'provider-first', label: 'providerArn,roleArn' }]} aria-label="Order of the ARNs" />
        </Stack>
      </Group>
      {order === 'provider-first' && <Text size="xs" c="dimmed">AWS accepts both orders; WatchGuard AuthPoint’s guide writes the provider first.</Text>}
      {selected.some((p) => !p.providerExists) && <Alert color="orange">Some selected roles trust a provider that no longer exists; sign-ins with them fail.</Alert>}
      <Paper withBorder radius="md" p="sm">
        <Group justify="space-between" mb="xs">
          <Text size="sm" fw={500}>{spec.label} · {selected.length === 1 ? '1 pair' : `${selected.length} pairs`}</Text>
          <Group gap="xs">
            <CopyButton value={text} label="Copy to clipboard" />
            <Button size="xs" variant="default" leftSection={<IconDeviceFloppy size={14} />} disabled={!text} onClick={() => downloadText(`role-arns-${format}.${spec.extension}`, text, 'text/plain')}>
              Save to file
            </Button>
          </Group>
        </Group>
        <ScrollArea.Autosize mah={360}>
          <Code block data-testid="pair-output">{text || 'Select at least one pair.'}</Code>
        </ScrollArea.Autosize>
      </Paper>
    </Stack>
  );
}
