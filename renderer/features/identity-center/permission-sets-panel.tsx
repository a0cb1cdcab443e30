import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState, type ReactNode } from 'react';
import type { IdentityCenterInstance, PermissionSet } from '../../../shared/model/identity-center';
import { describeSessionDuration } from '../../../shared/logic/identity-center-permission-set-input';
import { useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput, ListToolbar, ReloadButton } from '../../components/list-toolbar';
import { DeletePermissionSetModal } from './delete-permission-set-modal';
import { usePagedFilter } from './use-paged-filter';

const policyName = (arn: string): string => arn.split('/').pop() ?? arn;

/** The permission sets of the instance: filter, page, export, create and delete. */
export function PermissionSetsPanel({ instance }: { instance: IdentityCenterInstance }): ReactNode {
  const sets = useQuery('identityCenter.listPermissionSets', { instanceArn: instance.instanceArn }, instance.instanceArn);
  const [deleting, setDeleting] = useState<PermissionSet>();
  const table = usePagedFilter(sets.data, (s) => [s.name, s.description, s.relayState, ...s.managedPolicyArns].join(' '));
  const exportCsv = (): void => {
    const rows = table.filtered.map((s) => [s.name, s.description ?? '', s.sessionDuration ?? '', s.relayState ?? '', s.managedPolicyArns.join(' '), s.hasInlinePolicy ? 'yes' : 'no', s.arn]);
    downloadText('permission-sets.csv', toCsv(['Name', 'Description', 'Session duration', 'Relay state', 'AWS managed policies', 'Inline policy', 'ARN'], rows));
  };
  return (
    <Stack gap="sm">
      <ListToolbar filter={<FilterInput placeholder="Filter by name, description or policy" aria-label="Filter permission sets" value={table.query} onChange={table.setQuery} w={360} />}>
        <ReloadButton label="Reload permission sets" onClick={sets.reload} loading={sets.loading} />
        <ExportCsvButton onClick={exportCsv} disabled={!table.filtered.length} />
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('identity-center', 'permission-sets', 'new')}>
          New permission set
        </Button>
      </ListToolbar>
      {sets.error && <ErrorAlert error={sets.error} title="Could not list the permission sets" />}
      <DataTable<PermissionSet>
        withTableBorder
        borderRadius="md"
        striped
        minHeight={160}
        fetching={sets.loading}
        idAccessor="arn"
        {...table.pagination}
        noRecordsText={table.query ? 'No permission set matches the filter' : 'No permission sets yet'}
        aria-label="Permission sets"
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            render: (s) => (
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {s.name}
                </Text>
                {s.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {s.description}
                  </Text>
                )}
              </Stack>
            ),
          },
          { accessor: 'sessionDuration', title: 'Session', width: 90, render: (s) => describeSessionDuration(s.sessionDuration) },
          {
            accessor: 'relayState',
            title: 'Relay state',
            width: 200,
            // A long URL broken over several lines is unreadable; one line, full value on hover.
            render: (s) => (s.relayState ? <Text size="xs" ff="monospace" truncate="end" maw={190} title={s.relayState}>{s.relayState}</Text> : <Text size="xs" c="dimmed">—</Text>),
          },
          {
            accessor: 'managedPolicyArns',
            title: 'AWS managed policies',
            render: (s) => (
              <Group gap={4}>
                {s.managedPolicyArns.length ? s.managedPolicyArns.map((arn) => (
                  <Badge key={arn} variant="light" tt="none" title={arn}>
                    {policyName(arn)}
                  </Badge>
                )) : <Text size="xs" c="dimmed">none</Text>}
              </Group>
            ),
          },
          { accessor: 'hasInlinePolicy', title: 'Inline policy', width: 120, noWrap: true, render: (s) => (s.hasInlinePolicy ? <Badge color="grape" variant="light">inline</Badge> : <Text size="xs" c="dimmed">no</Text>) },
          {
            accessor: 'actions',
            title: '',
            width: 60,
            render: (s) => (
              <Tooltip label={`Delete ${s.name}`}>
                <ActionIcon color="red" variant="subtle" aria-label={`Delete ${s.name}`} onClick={() => setDeleting(s)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            ),
          },
        ]}
      />
      {deleting && (
        <DeletePermissionSetModal
          instance={instance}
          permissionSet={deleting}
          onClose={(changed) => {
            setDeleting(undefined);
            if (changed) sets.reload();
          }}
        />
      )}
    </Stack>
  );
}
