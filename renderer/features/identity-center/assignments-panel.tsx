import { ActionIcon, Badge, Button, Group, Modal, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconUnlink } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState, type ReactNode } from 'react';
import type { AccountAssignment, IdentityCenterInstance } from '../../../shared/model/identity-center';
import { useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput, ListToolbar, ReloadButton } from '../../components/list-toolbar';
import { RemoveAssignment } from './remove-assignment';
import { usePagedFilter } from './use-paged-filter';

const ALL = 'all';

/** The assignments in one account (for one or every permission set), with removal and export. */
export function AssignmentsPanel({ instance }: { instance: IdentityCenterInstance }): ReactNode {
  const accounts = useQuery('identityCenter.listAccounts', {});
  const sets = useQuery('identityCenter.listPermissionSets', { instanceArn: instance.instanceArn }, instance.instanceArn);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [setArn, setSetArn] = useState<string>(ALL);
  const [removing, setRemoving] = useState<AccountAssignment>();
  // Bumped when a removal dialog closes, so the table reads the assignments again.
  const [refresh, setRefresh] = useState(0);
  const chosenAccount = accountId ?? accounts.data?.[0]?.id ?? null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label="Account"
            data={(accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.id})` }))}
            value={chosenAccount}
            onChange={setAccountId}
            searchable
            w={400}
            placeholder={accounts.loading ? 'Loading…' : 'Choose an account'}
          />
          <Select
            label="Permission set"
            data={[{ value: ALL, label: 'Every permission set provisioned there' }, ...(sets.data ?? []).map((s) => ({ value: s.arn, label: s.name }))]}
            value={setArn}
            onChange={(v) => setSetArn(v ?? ALL)}
            searchable
            w={400}
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('identity-center', 'assignments', 'new')}>
          New assignment
        </Button>
      </Group>
      {accounts.error && <ErrorAlert error={accounts.error} title="Could not list the accounts of the organization" />}
      {chosenAccount && (
        <AssignmentsTable
          key={`${chosenAccount}|${setArn}|${refresh}`}
          instance={instance}
          accountId={chosenAccount}
          permissionSetArn={setArn === ALL ? undefined : setArn}
          onRemove={setRemoving}
        />
      )}
      {removing && (
        <Modal
          opened
          onClose={() => {
            setRemoving(undefined);
            setRefresh((n) => n + 1);
          }} title="Remove this assignment?" size={960}>
          <RemoveAssignment instance={instance} assignment={removing} />
        </Modal>
      )}
    </Stack>
  );
}

function AssignmentsTable({ instance, accountId, permissionSetArn, onRemove }: { instance: IdentityCenterInstance; accountId: string; permissionSetArn?: string; onRemove: (a: AccountAssignment) => void }): ReactNode {
  const args = { instanceArn: instance.instanceArn, identityStoreId: instance.identityStoreId, accountId, ...(permissionSetArn ? { permissionSetArn } : {}) };
  const list = useQuery('identityCenter.listAssignments', args, args);
  const table = usePagedFilter(list.data, (a) => `${a.permissionSetName} ${a.principalName ?? ''} ${a.principalId} ${a.principalType}`);
  const exportCsv = (): void => {
    const rows = table.filtered.map((a) => [a.accountId, a.permissionSetName, a.principalType, a.principalName ?? '(deleted)', a.principalId, a.permissionSetArn]);
    downloadText(`assignments-${accountId}.csv`, toCsv(['Account', 'Permission set', 'Principal type', 'Principal', 'Principal id', 'Permission set ARN'], rows));
  };
  return (
    <Stack gap="sm">
      <ListToolbar filter={<FilterInput placeholder="Filter by permission set or principal" aria-label="Filter assignments" value={table.query} onChange={table.setQuery} w={360} />}>
        <ReloadButton label="Reload assignments" onClick={list.reload} loading={list.loading} />
        <ExportCsvButton onClick={exportCsv} disabled={!table.filtered.length} />
      </ListToolbar>
      {list.error && <ErrorAlert error={list.error} title="Could not list the assignments" />}
      <DataTable<AccountAssignment>
        withTableBorder
        borderRadius="md"
        striped
        minHeight={160}
        fetching={list.loading}
        idAccessor={(a) => `${a.permissionSetArn}|${a.principalType}|${a.principalId}`}
        {...table.pagination}
        noRecordsText={table.query ? 'No assignment matches the filter' : 'No assignments in this account'}
        aria-label="Assignments"
        columns={[
          { accessor: 'permissionSetName', title: 'Permission set', render: (a) => <Text size="sm" fw={600}>{a.permissionSetName}</Text> },
          { accessor: 'principalType', title: 'Type', width: 90, render: (a) => <Badge variant="light" color={a.principalType === 'GROUP' ? 'indigo' : 'cyan'}>{a.principalType === 'GROUP' ? 'group' : 'user'}</Badge> },
          { accessor: 'principalName', title: 'User or group', render: (a) => a.principalName ?? <Text size="sm" c="red">deleted from the identity store</Text> },
          { accessor: 'principalId', title: 'Principal id', render: (a) => <Text size="xs" ff="monospace">{a.principalId}</Text> },
          {
            accessor: 'actions',
            title: '',
            width: 60,
            render: (a) => (
              <Tooltip label="Remove this assignment">
                <ActionIcon color="red" variant="subtle" aria-label={`Remove ${a.permissionSetName} from ${a.principalName ?? a.principalId}`} onClick={() => onRemove(a)}>
                  <IconUnlink size={16} />
                </ActionIcon>
              </Tooltip>
            ),
          },
        ]}
      />
    </Stack>
  );
}
