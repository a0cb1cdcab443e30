import { Button, Group, JsonInput, NumberInput, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconListCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { IdentityCenterInstance } from '../../../shared/model/identity-center';
import type { Plan } from '../../../shared/model/plan';
import { PermissionSetInputSchema, type PermissionSetInput } from '../../../shared/logic/identity-center-permission-set-input';
import { useApi } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { BackLink } from '../../components/back-link';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReviewPage } from '../../components/plan-review-page';
import { ManagedPolicyPicker } from './managed-policy-picker';
import { zodFormValidate } from './zod-form-validate';

type FormValues = Required<PermissionSetInput>;

/** Collects a new permission set, shows the plan of calls, and applies it. */
export function CreatePermissionSetWizard({ instance }: { instance: IdentityCenterInstance }): ReactNode {
  const api = useApi();
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  const [planning, setPlanning] = useState(false);
  const [done, setDone] = useState(false);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { name: '', description: '', sessionHours: 1, relayState: '', managedPolicyArns: [], inlinePolicy: '' },
    validate: zodFormValidate(PermissionSetInputSchema),
  });

  const review = async (values: FormValues): Promise<void> => {
    setPlanning(true);
    setError(undefined);
    const response = await api.call('identityCenter.planCreatePermissionSet', { instanceArn: instance.instanceArn, input: values });
    setPlanning(false);
    if (response.ok) return setPlan(response.value);
    const field = response.error.field?.replace(/^input\./, '');
    if (field && field in values) form.setFieldError(field, `${response.error.message} ${response.error.remedy ?? ''}`.trim());
    else setError(response.error);
  };

  const back = <BackLink onClick={() => navigate('identity-center', 'permission-sets')}>Permission sets</BackLink>;

  if (plan) {
    return (
      <PlanReviewPage
        maw={900}
        back={back}
        title="Review the plan"
        intro={`Nothing has changed yet. These are the exact calls Portcullis will make to Identity Center in ${instance.region}.`}
        plan={plan}
        applyLabel={`Create permission set ${form.values.name}`}
        onFinished={() => setDone(true)}
      >
        {!done && (
          <Button variant="default" onClick={() => setPlan(undefined)}>
            Change the details
          </Button>
        )}
        {done && (
          <>
            <Button onClick={() => navigate('identity-center', 'assignments', 'new')}>Assign it to users or groups</Button>
            <Button variant="default" onClick={() => navigate('identity-center', 'permission-sets')}>
              Back to permission sets
            </Button>
          </>
        )}
      </PlanReviewPage>
    );
  }

  return (
    <Stack maw={900}>
      {back}
      <Title order={3}>New permission set</Title>
      <Paper withBorder p="lg" radius="md" component="form" onSubmit={form.onSubmit((values) => void review(values))}>
        <Stack gap="md">
          <TextInput label="Name" description="Up to 32 letters, digits and + = , . @ _ - (no spaces). It becomes part of the role name AWSReservedSSO_<name>_… in each account." withAsterisk {...form.getInputProps('name')} />
          <Textarea label="Description" description="Shown to users in the access portal." autosize minRows={2} {...form.getInputProps('description')} />
          <NumberInput label="Session duration (hours)" description="How long a console or CLI session lasts: 1 to 12 hours." min={1} max={12} step={1} allowDecimal={false} w={340} {...form.getInputProps('sessionHours')} />
          <TextInput label="Relay state (optional)" description="Console URL users land on, e.g. https://console.aws.amazon.com/ec2/ (include the region to fix it)." {...form.getInputProps('relayState')} />
          <ManagedPolicyPicker value={form.values.managedPolicyArns} onChange={(arns) => form.setFieldValue('managedPolicyArns', arns)} error={form.errors.managedPolicyArns} />
          <JsonInput
            label="Inline policy (optional)"
            description="A JSON IAM policy of at most 10,240 bytes, added to the role in every account."
            placeholder={'{\n  "Version": "2012-10-17",\n  "Statement": []\n}'}
            autosize
            minRows={4}
            maxRows={16}
            {...form.getInputProps('inlinePolicy')}
          />
          {error && <ErrorAlert error={error} title="Could not plan the permission set" />}
          <Group>
            <Button type="submit" leftSection={<IconListCheck size={16} />} loading={planning}>
              Review the plan
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
