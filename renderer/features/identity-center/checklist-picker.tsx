import { Badge, Checkbox, Group, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';

/** One choice of a checklist: its key, the label people read and a dimmed detail. */
export interface ChecklistItem {
  readonly key: string;
  readonly label: string;
  readonly detail?: string;
}

const RENDER_LIMIT = 200;

/** A filterable list of checkboxes; long lists show the first matches and ask for a narrower filter. */
export function ChecklistPicker({ label, items, selected, onChange, loading, extraFilter }: {
  label: string;
  items: readonly ChecklistItem[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  loading?: boolean;
  extraFilter?: ReactNode;
}): ReactNode {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return items.filter((i) => !q || `${i.label} ${i.key} ${i.detail ?? ''}`.toLowerCase().includes(q));
  }, [items, query]);
  const toggle = (key: string, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Badge variant="light">{selected.size} selected</Badge>
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput placeholder="Filter" aria-label={`Filter ${label.toLowerCase()}`} leftSection={<IconSearch size={14} />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1 }} />
        {extraFilter}
      </Group>
      <Paper withBorder radius="sm">
        <ScrollArea.Autosize mah={280} p="xs">
          <Stack gap={6} role="group" aria-label={label}>
            {loading && <Text size="sm" c="dimmed">Loading…</Text>}
            {!loading && !matches.length && <Text size="sm" c="dimmed">Nothing matches.</Text>}
            {matches.slice(0, RENDER_LIMIT).map((item) => (
              <Checkbox
                key={item.key}
                checked={selected.has(item.key)}
                onChange={(e) => toggle(item.key, e.currentTarget.checked)}
                label={item.label}
                description={item.detail}
              />
            ))}
            {matches.length > RENDER_LIMIT && (
              <Text size="xs" c="dimmed">
                Showing {RENDER_LIMIT} of {matches.length}; narrow the filter to see the others.
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Paper>
    </Stack>
  );
}
