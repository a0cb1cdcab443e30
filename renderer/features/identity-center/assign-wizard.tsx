import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { IdentityCenterInstance, Principal } from '../../../shared/model/identity-center';
import type { Plan } from '../../../shared/model/plan';
import { useApi, useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { BackLink } from '../../components/back-link';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReviewPage } from '../../components/plan-review-page';
import { ChecklistPicker } from './checklist-picker';
import { PrincipalPicker } from './principal-picker';
import { plural } from '../../../shared/logic/plural';

/** Gives users or groups a permission set in chosen accounts: pick, review the plan, apply and watch each request finish. */
export function AssignWizard({ instance }: { instance: IdentityCenterInstance }): ReactNode {
  const api = useApi();
  const sets = useQuery('identityCenter.listPermissionSets', { instanceArn: instance.instanceArn }, instance.instanceArn);
  const accounts = useQuery('identityCenter.listAccounts', {});
  const [setArn, setSetArn] = useState<string | null>(null);
  const [accountIds, setAccountIds] = useState<Set<string>>(new Set());
  const [principals, setPrincipals] = useState<Map<string, Principal>>(new Map());
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  const [planning, setPlanning] = useState(false);
  const [done, setDone] = useState(false);

  const missing = [!setArn && 'a permission set', !accountIds.size && 'at least one account', !principals.size && 'at least one user or group'].filter(Boolean);
  const review = async (): Promise<void> => {
    if (!setArn) return;
    setPlanning(true);
    setError(undefined);
    const r = await api.call('identityCenter.planAssign', { instanceArn: instance.instanceArn, permissionSetArn: setArn, accountIds: [...accountIds], principals: [...principals.values()] });
    setPlanning(false);
    if (r.ok) setPlan(r.value);
    else setError(r.error);
  };
  const back = <BackLink onClick={() => navigate('identity-center', 'assignments')}>Assignments</BackLink>;

  if (plan) {
    return (
      <PlanReviewPage
        maw={960}
        back={back}
        title="Review the assignments"
        intro="Each assignment is an asynchronous request: Portcullis sends it, then asks Identity Center until it reports SUCCEEDED or FAILED. Identity Center provisions the permission set's role in each account as part of it."
        plan={plan}
        applyLabel="Create the assignments"
        onFinished={() => setDone(true)}
      >
        {!done && (
          <Button variant="default" onClick={() => setPlan(undefined)}>
            Change the selection
          </Button>
        )}
        {done && <Button onClick={() => navigate('identity-center', 'assignments')}>See the assignments</Button>}
      </PlanReviewPage>
    );
  }

  return (
    <Stack maw={1100}>
      {back}
      <Title order={3}>New assignment</Title>
      {sets.error && <ErrorAlert error={sets.error} title="Could not list the permission sets" />}
      <Select
        label="Permission set"
        placeholder={sets.loading ? 'Loading…' : 'Choose a permission set'}
        data={(sets.data ?? []).map((s) => ({ value: s.arn, label: s.name }))}
        value={setArn}
        onChange={setSetArn}
        searchable
        maw={420}
        description={sets.data?.find((s) => s.arn === setArn)?.description}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md">
          {accounts.error ? (
            <ErrorAlert error={accounts.error} title="Could not list the accounts of the organization" />
          ) : (
            <ChecklistPicker
              label="Accounts"
              loading={accounts.loading}
              items={(accounts.data ?? []).map((a) => ({ key: a.id, label: `${a.name} (${a.id})`, detail: [a.email, a.state && a.state !== 'ACTIVE' ? a.state : undefined].filter(Boolean).join(' · ') || undefined }))}
              selected={accountIds}
              onChange={setAccountIds}
            />
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <PrincipalPicker identityStoreId={instance.identityStoreId} selected={principals} onChange={setPrincipals} />
        </Paper>
      </SimpleGrid>
      {principals.size > 0 && (
        <Group gap={6}>
          <Text size="sm">Chosen:</Text>
          {[...principals.values()].map((p) => (
            <Badge key={`${p.type}:${p.id}`} variant="light" color={p.type === 'GROUP' ? 'indigo' : 'cyan'} tt="none">
              {p.type === 'GROUP' ? 'group' : 'user'} {p.name}
            </Badge>
          ))}
        </Group>
      )}
      {error && <ErrorAlert error={error} title="Could not plan the assignments" />}
      <Group>
        <Button leftSection={<IconListCheck size={16} />} onClick={() => void review()} loading={planning} disabled={missing.length > 0}>
          {accountIds.size * principals.size ? `Review ${plural(accountIds.size * principals.size, 'assignment')}` : 'Review the assignments'}
        </Button>
        {missing.length > 0 && (
          <Text size="sm" c="dimmed">
            Choose {missing.join(', ')}.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
