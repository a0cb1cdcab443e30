import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useQuery } from '../../api/api-context';

/** Picks an optional permissions boundary from the account's managed policies, searched as you type. */
export function BoundaryPicker({ value, onChange, error }: { value: string; onChange: (arn: string) => void; error?: string }): ReactNode {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const { data } = useQuery('roles.searchPolicies', { query: debounced, scope: 'All', limit: 30 }, debounced);
  const options = (data?.policies ?? []).map((p) => ({ value: p.arn, label: p.name }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value.slice(value.lastIndexOf('/') + 1) });
  return (
    <Select
      label="Permissions boundary (optional)"
      description="The most this role may ever do, whatever policies are attached."
      placeholder="Search managed policies"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      nothingFoundMessage="No policy matches"
      error={error}
      maw={620}
    />
  );
}
