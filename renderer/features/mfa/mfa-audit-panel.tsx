import { Alert, Badge, Button, Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconPlayerPlay, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { ProgressEvent } from '../../../shared/contract/events';
import type { AuditFinding, AuditUser, MfaAuditReport } from '../../../shared/model/mfa-audit';
import { useApi, useEvent } from '../../api/api-context';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { navigate } from '../../app/use-hash-route';
import { sortRows, VirtualTable, type SortState, type VirtualColumn } from './virtual-table';

type Filter = 'findings' | AuditFinding | 'all';

const groupPageSize = 10;

const findingLabels: Record<AuditFinding, string> = {
  'console-without-mfa': 'console',
  'keys-without-mfa': 'keys',
  'privileged-without-mfa': 'privileged',
};

const columns: VirtualColumn<AuditUser>[] = [
  { key: 'user', title: 'User', width: 'minmax(160px, 1.4fr)', render: (u) => <Text size="sm" fw={500} truncate>{u.userName}</Text>, sortValue: (u) => u.userName },
  { key: 'mfa', title: 'MFA', width: '80px', render: (u) => <Badge size="sm" color={u.mfaActive ? 'teal' : 'red'} variant="light">{u.mfaActive ? 'yes' : 'no'}</Badge>, sortValue: (u) => Number(u.mfaActive) },
  { key: 'password', title: 'Console', width: '90px', render: (u) => <Text size="sm">{u.passwordEnabled ? 'password' : '—'}</Text>, sortValue: (u) => Number(u.passwordEnabled) },
  { key: 'keys', title: 'Active keys', width: '100px', render: (u) => <Text size="sm">{u.activeAccessKeys}</Text>, sortValue: (u) => u.activeAccessKeys },
  { key: 'groups', title: 'Privileged groups', width: 'minmax(140px, 1fr)', render: (u) => <Text size="sm" truncate>{u.privilegedGroups.join(', ') || '—'}</Text>, sortValue: (u) => u.privilegedGroups.length },
  {
    key: 'findings',
    title: 'Findings',
    width: 'minmax(230px, 1.4fr)',
    render: (u) => (
      <Group gap={4} wrap="nowrap">
        {u.findings.map((f) => <Badge key={f} size="sm" color="red" variant="outline" tt="none">{findingLabels[f]}</Badge>)}
      </Group>
    ),
    sortValue: (u) => u.findings.length,
  },
  { key: 'lastUsed', title: 'Password last used', width: '150px', render: (u) => <Text size="sm">{u.passwordLastUsed ? u.passwordLastUsed.slice(0, 10) : '—'}</Text>, sortValue: (u) => u.passwordLastUsed ?? '' },
];

/** Who can get in without MFA: root, console users, key users and privileged group members. */
export function MfaAuditPanel(): ReactNode {
  const api = useApi();
  const [report, setReport] = useState<MfaAuditReport>();
  const [error, setError] = useState<ApiError>();
  const [progress, setProgress] = useState<ProgressEvent>();
  const [running, setRunning] = useState(false);
  const [filter, setFilter] = useState<Filter>('findings');
  const [search, setSearch] = useState('');
  const [groupPage, setGroupPage] = useState(1);
  const [sort, setSort] = useState<SortState>({ key: 'findings', direction: 'desc' });
  const [operationId] = useState(() => `mfa-audit-${Math.random().toString(36).slice(2)}`);
  useEvent('progress', (event) => {
    if (event.operationId === operationId) setProgress(event);
  });

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(undefined);
    const response = await api.call('mfa.runAudit', { operationId });
    setRunning(false);
    if (response.ok) {
      setReport(response.value);
      setGroupPage(1);
    }
    else setError(response.error);
  };

  const rows = useMemo(() => {
    if (!report) return [];
    const needle = search.trim().toLowerCase();
    const filtered = report.users.filter(
      (u) => (filter === 'all' || (filter === 'findings' ? u.findings.length > 0 : u.findings.includes(filter))) && (!needle || u.userName.toLowerCase().includes(needle)),
    );
    return sortRows(filtered, columns, sort);
  }, [report, filter, search, sort]);

  const exportCsv = (): void => {
    downloadText(
      'mfa-audit.csv',
      toCsv(
        ['user', 'arn', 'mfa_active', 'password_enabled', 'password_last_used', 'active_access_keys', 'access_key_last_used', 'groups', 'privileged_groups', 'findings'],
        rows.map((u) => [u.userName, u.arn, u.mfaActive, u.passwordEnabled, u.passwordLastUsed ?? '', u.activeAccessKeys, u.accessKeyLastUsed ?? '', u.groups.join(' '), u.privilegedGroups.join(' '), u.findings.join(' ')]),
      ),
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          Reads IAM’s credential report, the account summary and group policies, and never asks for each user’s devices one by one.
        </Text>
        <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => void run()} loading={running}>
          {report ? 'Run the audit again' : 'Run the audit'}
        </Button>
      </Group>
      {running && progress && (
        <Stack gap={4}>
          <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} animated aria-label="Audit progress" />
          <Text size="sm" c="dimmed">{progress.label}</Text>
        </Stack>
      )}
      {error && <ErrorAlert error={error} title="The audit could not finish" />}
      {report && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Stat label="Root account MFA" value={report.rootMfaEnabled === null ? 'Unknown' : report.rootMfaEnabled ? 'Enabled' : 'Not enabled'} bad={report.rootMfaEnabled === false} />
            <Stat label="Console users without MFA" value={String(report.counts.consoleWithoutMfa)} bad={report.counts.consoleWithoutMfa > 0} />
            <Stat label="Key users without MFA" value={String(report.counts.keysWithoutMfa)} bad={report.counts.keysWithoutMfa > 0} />
            <Stat label="Privileged users without MFA" value={String(report.counts.privilegedWithoutMfa)} bad={report.counts.privilegedWithoutMfa > 0} />
          </SimpleGrid>
          {report.rootHasAccessKeys && <Alert color="red">The root user has active access keys. Delete them; root should never have keys.</Alert>}
          <Text size="sm" c="dimmed" data-testid="audit-calls">
            {report.counts.users} users and {report.groupCount} groups, answered with {report.awsCalls} AWS calls in {(report.durationMs / 1000).toFixed(1)} s
            {report.reportGeneratedAt ? ` · credential report of ${new Date(report.reportGeneratedAt).toLocaleString()}` : ''}.
          </Text>

          <Title order={4}>Privileged groups</Title>
          <DataTable
            withTableBorder
            borderRadius="md"
            minHeight={report.privilegedGroups.length ? undefined : 120}
            idAccessor="groupName"
            records={report.privilegedGroups.slice((groupPage - 1) * groupPageSize, groupPage * groupPageSize)}
            totalRecords={report.privilegedGroups.length}
            recordsPerPage={groupPageSize}
            page={groupPage}
            onPageChange={setGroupPage}
            noRecordsText="No group has AdministratorAccess, IAMFullAccess, PowerUserAccess or an admin-like policy"
            columns={[
              { accessor: 'groupName', title: 'Group', noWrap: true },
              { accessor: 'reasons', title: 'Why privileged', render: (g) => g.reasons.join('; ') },
              { accessor: 'memberCount', title: 'Members', textAlign: 'right' },
              {
                accessor: 'membersWithoutMfa',
                title: 'Members without MFA',
                render: (g) => (g.membersWithoutMfa.length ? <Text size="sm" c="red">{g.membersWithoutMfa.length}: {g.membersWithoutMfa.slice(0, 8).join(', ')}{g.membersWithoutMfa.length > 8 ? '…' : ''}</Text> : <Text size="sm" c="teal">none</Text>),
              },
              {
                accessor: 'enforce',
                title: '',
                textAlign: 'right',
                render: (g) => (
                  <Button size="xs" variant="light" onClick={() => navigate('groups', 'enforce', g.groupName)} aria-label={`Enforce MFA on ${g.groupName}`}>
                    Enforce MFA
                  </Button>
                ),
              },
            ]}
          />

          <Title order={4}>Users</Title>
          <Group justify="space-between" align="flex-end">
            <Group align="flex-end">
              <SegmentedControl
                value={filter}
                onChange={(v) => setFilter(v as Filter)}
                data={[
                  { value: 'findings', label: 'Any finding' },
                  { value: 'console-without-mfa', label: 'Console, no MFA' },
                  { value: 'keys-without-mfa', label: 'Keys, no MFA' },
                  { value: 'privileged-without-mfa', label: 'Privileged, no MFA' },
                  { value: 'all', label: 'All users' },
                ]}
                aria-label="Show users"
              />
              <TextInput label="Filter by user name" leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            </Group>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={exportCsv} disabled={!rows.length}>
              Export {rows.length} rows as CSV
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {rows.length} of {report.users.length} users shown. Findings: console = console password and no MFA; keys = active access keys and no MFA; privileged = member of a privileged group and no MFA.
          </Text>
          <VirtualTable rows={rows} columns={columns} rowKey={(u) => u.userName} sort={sort} onSort={setSort} label="Users by MFA finding" />
        </>
      )}
    </Stack>
  );
}

function Stat({ label, value, bad }: { label: string; value: string; bad: boolean }): ReactNode {
  return (
    <Paper withBorder p="md" radius="md" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="xl" fw={700} c={bad ? 'red' : 'teal'}>{value}</Text>
    </Paper>
  );
}
