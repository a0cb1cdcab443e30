import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

/** One column of a virtual table: its header, width, cell and sort key. */
export interface VirtualColumn<T> {
  readonly key: string;
  readonly title: string;
  readonly width: string;
  readonly render: (row: T) => ReactNode;
  readonly sortValue?: (row: T) => string | number;
}

/** Which column sorts the rows, and which way. */
export interface SortState {
  readonly key: string;
  readonly direction: 'asc' | 'desc';
}

const rowHeight = 38;
const overscan = 8;

/**
 * A table that renders only the rows in view, so thousands of rows scroll smoothly. Rows have
 * a fixed height; the header sorts by clicking.
 */
export function VirtualTable<T>({ rows, columns, rowKey, sort, onSort, height = 520, label }: {
  rows: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey: (row: T) => string;
  sort: SortState;
  onSort: (sort: SortState) => void;
  height?: number;
  label: string;
}): ReactNode {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const template = columns.map((c) => c.width).join(' ');
  return (
    <Box role="table" aria-label={label} aria-rowcount={rows.length + 1} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
      <Box role="row" aria-rowindex={1} style={{ display: 'grid', gridTemplateColumns: template, borderBottom: '1px solid var(--mantine-color-default-border)', background: 'var(--mantine-color-default-hover)' }}>
        {columns.map((c) => (
          <Box key={c.key} role="columnheader" px="sm" py={8} aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
            {c.sortValue ? (
              <UnstyledButton onClick={() => onSort({ key: c.key, direction: sort.key === c.key && sort.direction === 'asc' ? 'desc' : 'asc' })}>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" fw={600}>{c.title}</Text>
                  {sort.key === c.key ? (sort.direction === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />) : <IconSelector size={14} />}
                </Group>
              </UnstyledButton>
            ) : (
              <Text size="sm" fw={600}>{c.title}</Text>
            )}
          </Box>
        ))}
      </Box>
      <Box style={{ height: Math.min(height, Math.max(rowHeight, rows.length * rowHeight)), overflowY: 'auto' }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="virtual-table-body">
        <Box style={{ height: rows.length * rowHeight, position: 'relative' }}>
          {rows.slice(first, last).map((row, i) => (
            <Box
              key={rowKey(row)}
              role="row"
              aria-rowindex={first + i + 2}
              style={{ position: 'absolute', top: (first + i) * rowHeight, left: 0, right: 0, height: rowHeight, display: 'grid', gridTemplateColumns: template, alignItems: 'center', borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              {columns.map((c) => (
                <Box key={c.key} role="cell" px="sm" style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
                  {c.render(row)}
                </Box>
              ))}
            </Box>
          ))}
        </Box>
      </Box>
    </Box>
  );
}

/** Sorts rows by a column's sort value. */
export function sortRows<T>(rows: readonly T[], columns: readonly VirtualColumn<T>[], sort: SortState): T[] {
  const column = columns.find((c) => c.key === sort.key);
  if (!column?.sortValue) return [...rows];
  const value = column.sortValue;
  const factor = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * factor;
  });
}
