import { Badge, Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { IconLock, IconX } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { GroupSummary } from '../../../shared/model/iam-group';
import type { GroupEnforcement } from '../../../shared/model/mfa-enforcement';
import type { Plan } from '../../../shared/model/plan';
import { useApi, useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput, ListToolbar } from '../../components/list-toolbar';
import { PlanReview } from '../../components/plan-review';
import { usePagedRecords } from '../../components/use-paged-records';

const pageSize = 50;

/** Every group with its members count and MFA enforcement; enforce or remove from here. */
export function GroupsTable(): ReactNode {
  const api = useApi();
  const query = useQuery('groups.list', {});
  const [search, setSearch] = useState('');
  const [onlyEnforced, setOnlyEnforced] = useState(false);
  const [removal, setRemoval] = useState<{ plan: Plan; label: string }>();
  const [error, setError] = useState<ApiError>();

  const groups = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (query.data ?? []).filter((g) => (!needle || g.groupName.toLowerCase().includes(needle)) && (!onlyEnforced || g.enforcement.length > 0));
  }, [query.data, search, onlyEnforced]);
  const { setPage, pagination } = usePagedRecords(groups, pageSize);

  const planRemove = async (group: GroupSummary, e: GroupEnforcement): Promise<void> => {
    setError(undefined);
    const response = await api.call('groups.planRemoveEnforcement', { groupName: group.groupName, mode: e.mode, policyName: e.policyName, ...(e.policyArn ? { policyArn: e.policyArn } : {}) });
    if (response.ok) setRemoval({ plan: response.value, label: `Remove ${e.policyName} from ${group.groupName}` });
    else setError(response.error);
  };

  const exportCsv = (): void =>
    downloadText('groups-mfa.csv', toCsv(['group', 'arn', 'members', 'mfa_policies'], groups.map((g) => [g.groupName, g.arn, g.memberCount, g.enforcement.map((e) => `${e.policyName} (${e.mode}): ${e.description}`).join('; ')])));

  return (
    <Stack gap="sm">
      <ListToolbar
        align="flex-end"
        filter={
          <Group align="flex-end">
            <FilterInput label="Search groups" placeholder="Part of a group name" value={search} onChange={(value) => { setSearch(value); setPage(1); }} w={280} />
            <Switch mb={8} label="Only groups with MFA enforcement" checked={onlyEnforced} onChange={(e) => { setOnlyEnforced(e.currentTarget.checked); setPage(1); }} />
          </Group>
        }
      >
        <ExportCsvButton onClick={exportCsv} disabled={!groups.length}>
          Export as CSV
        </ExportCsvButton>
      </ListToolbar>
      {query.error && <ErrorAlert error={query.error} title="Could not list groups" />}
      {error && <ErrorAlert error={error} onClose={() => setError(undefined)} />}
      <DataTable<GroupSummary>
        withTableBorder
        borderRadius="md"
        minHeight={180}
        idAccessor="groupName"
        fetching={query.loading}
        {...pagination}
        noRecordsText={search || onlyEnforced ? 'No group matches' : 'This account has no IAM groups'}
        columns={[
          { accessor: 'groupName', title: 'Group', render: (g) => <Text fw={500}>{g.groupName}</Text> },
          { accessor: 'memberCount', title: 'Members', textAlign: 'right' },
          {
            accessor: 'enforcement',
            title: 'MFA enforcement',
            render: (g) =>
              g.enforcement.length ? (
                <Stack gap={4}>
                  {g.enforcement.map((e) => (
                    <Group key={`${e.mode}:${e.policyName}`} gap={6} wrap="nowrap">
                      <Badge color="teal" variant="light" tt="none" leftSection={<IconLock size={12} />}>
                        {e.policyName}
                      </Badge>
                      <Text size="xs" c="dimmed">{e.mode === 'inline' ? 'inline' : 'managed'} · {e.description}</Text>
                      <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconX size={12} />} onClick={() => void planRemove(g, e)} aria-label={`Remove ${e.policyName} from ${g.groupName}`}>
                        Remove
                      </Button>
                    </Group>
                  ))}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">none</Text>
              ),
          },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (g) => (
              <Button size="xs" variant="light" leftSection={<IconLock size={14} />} onClick={() => navigate('groups', 'enforce', g.groupName)} aria-label={`Enforce MFA on ${g.groupName}`}>
                Enforce MFA
              </Button>
            ),
          },
        ]}
      />
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={!!removal} onClose={() => { setRemoval(undefined); query.reload(); }} title="Remove MFA enforcement" size="lg">
        {removal && (
          <Stack>
            <Text size="sm">Members of the group will be able to work without MFA again once this is applied.</Text>
            <PlanReview destructive plan={removal.plan} applyLabel={removal.label} onFinished={() => query.reload()} />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
