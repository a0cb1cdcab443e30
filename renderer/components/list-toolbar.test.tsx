import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportCsvButton, FilterInput, ListToolbar, ReloadButton } from './list-toolbar';

afterEach(cleanup);

describe('ListToolbar', () => {
  it('reports the filter text and names the reload and export buttons for the list they act on', () => {
    const onFilter = vi.fn();
    const onReload = vi.fn();
    render(
      <MantineProvider>
        <ListToolbar filter={<FilterInput aria-label="Filter assignments" value="" onChange={onFilter} />}>
          <ReloadButton label="Reload assignments" onClick={onReload} loading={false} />
          <ExportCsvButton onClick={() => undefined} disabled />
        </ListToolbar>
      </MantineProvider>,
    );
    fireEvent.change(screen.getByLabelText('Filter assignments'), { target: { value: 'Admin' } });
    expect(onFilter).toHaveBeenLastCalledWith('Admin');
    fireEvent.click(screen.getByRole('button', { name: 'Reload assignments' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps a list’s own wording on the export button', () => {
    const onExport = vi.fn();
    render(
      <MantineProvider>
        <ExportCsvButton onClick={onExport} disabled={false}>Export this page as CSV</ExportCsvButton>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export this page as CSV' }));
    expect(onExport).toHaveBeenCalledTimes(1);
  });
});
