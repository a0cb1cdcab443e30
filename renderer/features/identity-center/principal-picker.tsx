import { Alert, Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { Principal, PrincipalType } from '../../../shared/model/identity-center';
import { useApi, useQuery } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { ChecklistPicker } from './checklist-picker';

const principalKey = (p: Principal): string => `${p.type}:${p.id}`;

/** Picks users and groups of the identity store; the exact-name lookup reaches those beyond the first 1,000. */
export function PrincipalPicker({ identityStoreId, selected, onChange }: { identityStoreId: string; selected: ReadonlyMap<string, Principal>; onChange: (next: Map<string, Principal>) => void }): ReactNode {
  const api = useApi();
  const [type, setType] = useState<PrincipalType>('GROUP');
  const listed = useQuery('identityCenter.listPrincipals', { identityStoreId, type }, [identityStoreId, type]);
  const [found, setFound] = useState<Principal[]>([]);
  const [lookupError, setLookupError] = useState<ApiError>();
  const [exactName, setExactName] = useState('');
  const all = [...(listed.data?.principals ?? []), ...found.filter((f) => f.type === type && !listed.data?.principals.some((p) => p.id === f.id))];
  const byKey = new Map(all.map((p) => [principalKey(p), p]));
  const selectedKeys = new Set([...selected.keys()].filter((k) => k.startsWith(`${type}:`)));
  const lookUp = async (): Promise<void> => {
    setLookupError(undefined);
    const r = await api.call('identityCenter.listPrincipals', { identityStoreId, type, exactName });
    if (!r.ok) return setLookupError(r.error);
    setFound((prev) => [...prev, ...r.value.principals]);
  };
  return (
    <Stack gap="xs">
      <SegmentedControl
        value={type}
        onChange={(v) => setType(v as PrincipalType)}
        data={[
          { value: 'GROUP', label: 'Groups' },
          { value: 'USER', label: 'Users' },
        ]}
        aria-label="Kind of principal"
      />
      {listed.error && <ErrorAlert error={listed.error} title="Could not list the identity store" />}
      {listed.data?.truncated && (
        <Alert color="blue" variant="light">
          The identity store has more than 1,000 {type === 'USER' ? 'users' : 'groups'}; the filter searches the first 1,000. Look others up by their exact {type === 'USER' ? 'user name' : 'display name'}.
          <Group mt="xs" gap="xs">
            <TextInput size="xs" aria-label={type === 'USER' ? 'Exact user name' : 'Exact group name'} value={exactName} onChange={(e) => setExactName(e.currentTarget.value)} />
            <Button size="xs" variant="light" onClick={() => void lookUp()} disabled={!exactName.trim()}>
              Look up
            </Button>
          </Group>
        </Alert>
      )}
      {lookupError && <ErrorAlert error={lookupError} title="Lookup failed" />}
      <ChecklistPicker
        label={type === 'USER' ? 'Users' : 'Groups'}
        loading={listed.loading}
        items={all.map((p) => ({ key: principalKey(p), label: p.name, detail: p.detail }))}
        selected={selectedKeys}
        onChange={(keys) => {
          const next = new Map([...selected].filter(([k]) => !k.startsWith(`${type}:`)));
          for (const key of keys) {
            const principal = byKey.get(key) ?? selected.get(key);
            if (principal) next.set(key, principal);
          }
          onChange(next);
        }}
      />
    </Stack>
  );
}
