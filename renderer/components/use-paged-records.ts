import { useState } from 'react';

/** Client-side pages of a list for a DataTable: spread `pagination` into it; the page stays in range as the list shrinks. */
export function usePagedRecords<T>(records: readonly T[], pageSize: number) {
  const [page, setPage] = useState(1);
  const lastPage = Math.max(1, Math.ceil(records.length / pageSize));
  const current = Math.min(page, lastPage);
  const pageRows = records.slice((current - 1) * pageSize, current * pageSize);
  const pagination = { records: pageRows, totalRecords: records.length, recordsPerPage: pageSize, page: current, onPageChange: setPage };
  return { page: current, setPage, pageRows, pagination };
}
