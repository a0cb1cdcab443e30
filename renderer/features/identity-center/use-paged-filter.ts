import { useMemo, useState } from 'react';
import { usePagedRecords } from '../../components/use-paged-records';

/** Filters rows by a text query over the given fields and pages the result; `pagination` spreads onto a DataTable. */
export function usePagedFilter<T>(rows: readonly T[] | undefined, text: (row: T) => string, pageSize = 15) {
  const [query, setQueryState] = useState('');
  const filtered = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (rows ?? []).filter((row) => !q || text(row).toLowerCase().includes(q));
    // `text` is a pure accessor; rows and query decide the result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, query]);
  const { page, setPage, pageRows, pagination } = usePagedRecords(filtered, pageSize);
  const setQuery = (value: string): void => {
    setQueryState(value);
    setPage(1);
  };
  return { query, setQuery, filtered, pageRows, page, setPage, pageSize, pagination };
}
