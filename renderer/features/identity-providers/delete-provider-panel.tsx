import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { Plan } from '../../../shared/model/plan';
import type { SamlProviderDetail } from '../../../shared/model/saml-provider';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';

/** Deleting a provider: the roles that trust it first, then an explicitly labelled plan. */
export function DeleteProviderPanel({ provider, onDeleted }: { provider: SamlProviderDetail; onDeleted: () => void }): ReactNode {
  const api = useApi();
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  const roles = provider.trustingRoles;
  const prepare = async (): Promise<void> => {
    setError(undefined);
    const result = await api.call('saml.planDeleteProvider', { arn: provider.arn });
    if (!result.ok) return setError(result.error);
    setPlan(result.value);
  };
  return (
    <Stack gap="md">
      {roles.length > 0 ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={`${roles.length} role(s) trust ${provider.name} and stop working when it is deleted`} data-testid="dependent-roles">
          <List size="sm">
            {roles.map((r) => (
              <List.Item key={r.roleArn}>{r.roleName}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">IAM does not change their trust policies; users signing in through this IdP can no longer assume them.</Text>
        </Alert>
      ) : (
        <Text size="sm">No role trusts this provider.</Text>
      )}
      {!plan && (
        <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => void prepare()} w="fit-content">
          Plan the deletion
        </Button>
      )}
      {error && <ErrorAlert error={error} />}
      {plan && <PlanReview destructive key={plan.id} plan={plan} applyLabel={`Delete provider ${provider.name}`} onFinished={onDeleted} />}
    </Stack>
  );
}
