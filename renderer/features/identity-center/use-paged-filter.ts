import { useMemo, useState } from 'react';

/** Filters rows by a text query over the given fields and pages the result; `pagination` spreads onto a DataTable. */
export function usePagedFilter<T>(rows: readonly T[] | undefined, text: (row: T) => string, pageSize = 15) {
  const [query, setQueryState] = useState('');
  const [page, setPage] = useState(1);
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rows ?? []).filter((row) => !q || text(row).toLowerCase().includes(q));
    // `text` is a pure accessor; rows and query decide the result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, query]);
  const lastPage = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, lastPage);
  const setQuery = (value: string): void => {
    setQueryState(value);
    setPage(1);
  };
  const pageRows = filtered.slice((current - 1) * pageSize, current * pageSize);
  const pagination = { records: pageRows, totalRecords: filtered.length, recordsPerPage: pageSize, page: current, onPageChange: setPage };
  return { query, setQuery, filtered, pageRows, page: current, setPage, pageSize, pagination };
}
