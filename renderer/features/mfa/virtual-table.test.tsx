import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualTable } from './virtual-table';

afterEach(cleanup);

describe('VirtualTable', () => {
  it('renders only the rows in view, however many there are', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ name: `user-${String(i).padStart(4, '0')}` }));
    render(
      <MantineProvider>
        <VirtualTable rows={rows} rowKey={(r) => r.name} label="Users" sort={{ key: 'name', direction: 'asc' }} onSort={() => undefined} columns={[{ key: 'name', title: 'Name', width: '1fr', render: (r) => r.name, sortValue: (r) => r.name }]} />
      </MantineProvider>,
    );
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    expect(screen.getByText('user-0000')).toBeTruthy();
    expect(screen.queryByText('user-4999')).toBeNull();
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001');
  });
});
