import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState, type ReactNode } from 'react';
import { maxMfaDevicesPerUser } from '../../../shared/model/mfa-device';
import type { UserWithDevices } from '../../../shared/model/iam-user';
import { useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { downloadText, toCsv } from '../../components/csv-export';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput, ListToolbar } from '../../components/list-toolbar';
import { UserDevices } from './user-devices';

const pageSize = 25;

/** A searchable, paged list of users with their MFA devices; devices are read for the visible page only. */
export function MfaUsersPanel(): ReactNode {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<string[]>([]);
  const query = useQuery('mfa.listUsers', { search: debounced, page, pageSize }, [debounced, page]);
  const users = query.data?.users ?? [];

  const exportPage = (): void => {
    const rows = users.map((u) => [u.userName, u.arn, u.devices.length, u.devices.map((d) => d.serialNumber).join(' ')]);
    downloadText('mfa-users.csv', toCsv(['user', 'arn', 'mfa_devices', 'device_serials'], rows));
  };

  return (
    <Stack gap="sm">
      <ListToolbar
        filter={
          <FilterInput
            label="Search users"
            placeholder="Part of a user name"
            value={search}
            onChange={(value) => {
              setSearch(value);
              setPage(1);
            }}
            w={320}
          />
        }
      >
        <ExportCsvButton onClick={exportPage} disabled={!users.length}>
          Export this page as CSV
        </ExportCsvButton>
      </ListToolbar>
      {query.error && <ErrorAlert error={query.error} title="Could not list users" />}
      <DataTable<UserWithDevices>
        withTableBorder
        borderRadius="md"
        minHeight={180}
        idAccessor="userName"
        records={users}
        fetching={query.loading}
        totalRecords={query.data?.total ?? 0}
        recordsPerPage={pageSize}
        page={page}
        onPageChange={setPage}
        noRecordsText={debounced ? `No user name contains "${debounced}"` : 'This account has no IAM users'}
        rowExpansion={{
          allowMultiple: true,
          expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
          content: ({ record }) => <UserDevices user={record} onChanged={query.reload} />,
        }}
        columns={[
          { accessor: 'userName', title: 'User', render: (u) => <Text fw={500}>{u.userName}</Text> },
          {
            accessor: 'devices',
            title: 'MFA devices',
            render: (u) =>
              u.devices.length ? (
                <Group gap={4}>
                  {u.devices.map((d) => (
                    <Badge key={d.serialNumber} variant="light" color="teal" tt="none">
                      {d.name}
                    </Badge>
                  ))}
                </Group>
              ) : (
                <Badge variant="light" color="red" tt="none">
                  no MFA
                </Badge>
              ),
          },
          {
            accessor: 'actions',
            title: '',
            textAlign: 'right',
            render: (u) => (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} />}
                disabled={u.devices.length >= maxMfaDevicesPerUser}
                title={u.devices.length >= maxMfaDevicesPerUser ? `${u.userName} already holds ${maxMfaDevicesPerUser} devices` : undefined}
                aria-label={`Enroll MFA device for ${u.userName}`}
                onClick={(event) => {
                  event.stopPropagation();
                  navigate('mfa', 'enroll', u.userName);
                }}
              >
                Enroll device
              </Button>
            ),
          },
        ]}
      />
      <Text size="xs" c="dimmed">
        Select a user to manage their devices. Device lists are read for the users on this page only.
      </Text>
    </Stack>
  );
}
