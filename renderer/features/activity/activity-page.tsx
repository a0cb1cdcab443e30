import { Badge, Group } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import { useEvent, useQuery } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ExportCsvButton, FilterInput } from '../../components/list-toolbar';
import { PageHeader } from '../../components/page-header';
import { downloadText, toCsv } from '../../components/csv-export';
import { usePagedRecords } from '../../components/use-paged-records';

const pageSize = 50;

const outcomeColor = { succeeded: 'teal', failed: 'red', 'rolled-back': 'orange', skipped: 'gray' } as const;

/** The journal: every change Portcullis made, newest first, searchable and exportable. */
export function ActivityPage(): ReactNode {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const journal = useQuery('journal.list', { query: debounced || undefined, limit: 1000 }, debounced);
  useEvent('journal.appended', () => journal.reload());
  const entries = useMemo(() => journal.data?.entries ?? [], [journal.data]);
  const { setPage, pagination } = usePagedRecords(entries, pageSize);
  const exportCsv = (): void =>
    downloadText(
      'portcullis-activity.csv',
      toCsv(
        ['time', 'account', 'alias', 'area', 'action', 'target', 'outcome', 'summary'],
        entries.map((e) => [e.at, e.accountId, e.accountAlias, e.area, e.action, e.target, e.outcome, e.summary]),
      ),
    );
  return (
    <>
      <PageHeader
        title="Activity"
        description="Every change Portcullis made in AWS, step by step. Secrets are never recorded."
        actions={
          <ExportCsvButton onClick={exportCsv} disabled={!entries.length} />
        }
      />
      {journal.error && <ErrorAlert error={journal.error} title="Could not read the activity journal" />}
      <Group mb="sm">
        <FilterInput
          placeholder="Filter by action, target, account…"
          value={query}
          onChange={(value) => {
            setQuery(value);
            setPage(1);
          }}
          w={360}
          aria-label="Filter activity"
        />
      </Group>
      <DataTable
        withTableBorder
        striped
        minHeight={160}
        fetching={journal.loading}
        {...pagination}
        noRecordsText="No changes yet. Changes you apply from the wizards appear here."
        columns={[
          { accessor: 'at', title: 'Time', width: 120, render: (e) => new Date(e.at).toLocaleString() },
          { accessor: 'account', title: 'Account', render: (e) => (e.accountAlias ? `${e.accountAlias} (${e.accountId})` : (e.accountId ?? '—')) },
          { accessor: 'action', title: 'Action' },
          { accessor: 'target', title: 'Target' },
          { accessor: 'outcome', title: 'Outcome', width: 120, noWrap: true, render: (e) => <Badge color={outcomeColor[e.outcome]} variant="light">{e.outcome}</Badge> },
          { accessor: 'summary', title: 'Summary' },
        ]}
      />
    </>
  );
}
