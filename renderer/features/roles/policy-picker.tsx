import { Badge, Checkbox, Group, Paper, Pill, ScrollArea, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ManagedPolicy } from '../../../shared/model/federated-role';
import { useQuery } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';

/** Search-as-you-type over AWS and customer managed policies; picks up to `max`. */
export function PolicyPicker({ selected, onChange, max }: { selected: ManagedPolicy[]; onChange: (p: ManagedPolicy[]) => void; max: number }): ReactNode {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'All' | 'AWS' | 'Local'>('All');
  const [debounced] = useDebouncedValue(query, 200);
  const { data, error, loading } = useQuery('roles.searchPolicies', { query: debounced, scope, limit: 50 }, [debounced, scope]);
  const chosen = new Set(selected.map((p) => p.arn));
  const toggle = (p: ManagedPolicy): void => onChange(chosen.has(p.arn) ? selected.filter((s) => s.arn !== p.arn) : [...selected, p]);
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput label="Search policies" placeholder="AdministratorAccess, ReadOnly, S3…" leftSection={<IconSearch size={14} />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1 }} />
        <SegmentedControl value={scope} onChange={(v) => setScope(v as typeof scope)} data={[{ value: 'All', label: 'All' }, { value: 'AWS', label: 'AWS managed' }, { value: 'Local', label: 'Customer managed' }]} aria-label="Policy type" />
      </Group>
      {error && <ErrorAlert error={error} title="Could not search the managed policies" />}
      <Text size="xs" c="dimmed">
        {loading ? 'Searching…' : `${data?.total ?? 0} ${(data?.total ?? 0) === 1 ? 'match' : 'matches'}${(data?.total ?? 0) > (data?.policies.length ?? 0) ? `, showing the first ${data?.policies.length}` : ''}`} · {selected.length} of {max} selected
      </Text>
      <Paper withBorder radius="md">
        <ScrollArea h={260}>
          <Stack gap={0}>
            {(data?.policies ?? []).map((p) => (
              <Group key={p.arn} px="sm" py={6} wrap="nowrap" align="flex-start" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                <Checkbox aria-label={p.name} checked={chosen.has(p.arn)} disabled={!chosen.has(p.arn) && selected.length >= max} onChange={() => toggle(p)} mt={3} />
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs">
                    <Text size="sm" fw={500}>{p.name}</Text>
                    <Badge size="xs" variant="light" color={p.scope === 'AWS' ? 'orange' : 'blue'}>{p.scope === 'AWS' ? 'AWS managed' : 'Customer managed'}</Badge>
                  </Group>
                  {p.description && <Text size="xs" c="dimmed" lineClamp={2}>{p.description}</Text>}
                </Stack>
              </Group>
            ))}
          </Stack>
        </ScrollArea>
      </Paper>
      {selected.length > 0 && (
        <Group gap="xs">
          {selected.map((p) => (
            <Pill key={p.arn} size="md" withRemoveButton onRemove={() => toggle(p)} removeButtonProps={{ 'aria-label': `Remove ${p.name}` }}>
              {p.name}
            </Pill>
          ))}
        </Group>
      )}
    </Stack>
  );
}
