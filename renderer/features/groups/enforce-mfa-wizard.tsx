import { Alert, Button, Group, NumberInput, Paper, Radio, SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconEye, IconListCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { EnforcementRequestSchema } from '../../../shared/contract/methods/group-methods';
import type { ApiError } from '../../../shared/contract/errors';
import { defaultMfaPolicyName } from '../../../shared/logic/mfa-policy-template';
import { defaultMaxMfaAgeSeconds } from '../../../shared/logic/mfa-policy-recent-mfa';
import type { EnforcementPreview } from '../../../shared/model/iam-group';
import type { EnforcementMode, MfaTemplate, MfaTemplateKind } from '../../../shared/model/mfa-enforcement';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';
import { EnforcementPreviewView } from './enforcement-preview-view';
import { MfaConditionExplainer } from './mfa-condition-explainer';

interface FormValues {
  kind: MfaTemplateKind;
  actions: string[];
  maxAgeSeconds: number;
  mode: EnforcementMode;
  policyName: string;
  simulateActions: string[];
}

function templateOf(values: FormValues): MfaTemplate {
  if (values.kind === 'selected-actions') return { kind: 'selected-actions', actions: values.actions };
  if (values.kind === 'recent-mfa') return { kind: 'recent-mfa', maxAgeSeconds: values.maxAgeSeconds, actions: values.actions };
  return { kind: 'require-mfa' };
}

const templateHelp: Record<MfaTemplateKind, { label: string; description: string }> = {
  'require-mfa': { label: 'Require MFA for everything', description: 'Denies every action without MFA except setting up and using one’s own MFA device, so members can still enroll.' },
  'selected-actions': { label: 'Require MFA for chosen actions', description: 'Denies only the actions you list (e.g. s3:DeleteObject, iam:*) without MFA.' },
  'recent-mfa': { label: 'Require recent MFA', description: 'Denies when the MFA sign-in is older than a number of seconds (or absent).' },
};

/** Chooses an MFA template for a group, previews its impact, and applies it as a plan. */
export function EnforceMfaWizard({ groupName }: { groupName: string }): ReactNode {
  const api = useApi();
  const [preview, setPreview] = useState<EnforcementPreview>();
  const [plan, setPlan] = useState<Plan>();
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const form = useForm<FormValues>({
    initialValues: { kind: 'require-mfa', actions: [], maxAgeSeconds: defaultMaxMfaAgeSeconds, mode: 'inline', policyName: defaultMfaPolicyName({ kind: 'require-mfa' }), simulateActions: [] },
    validate: (values) => {
      const parsed = EnforcementRequestSchema.safeParse({ groupName, template: templateOf(values), mode: values.mode, policyName: values.policyName, simulateActions: values.simulateActions });
      if (parsed.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const [head, second] = issue.path;
        const field = head === 'template' ? (second === 'maxAgeSeconds' ? 'maxAgeSeconds' : 'actions') : String(head);
        errors[field] ??= issue.message;
      }
      return errors;
    },
    onValuesChange: () => {
      setPreview(undefined);
      setPlan(undefined);
    },
  });
  const request = () => ({ groupName, template: templateOf(form.values), mode: form.values.mode, policyName: form.values.policyName, simulateActions: form.values.simulateActions });

  const showError = (e: ApiError): void => {
    if (e.field && ['mode', 'policyName', 'template'].includes(e.field)) form.setFieldError(e.field === 'template' ? 'actions' : e.field, `${e.message} ${e.remedy ?? ''}`);
    else setError(e);
  };

  const runPreview = async (): Promise<void> => {
    if (form.validate().hasErrors) return;
    setBusy(true);
    setError(undefined);
    const response = await api.call('groups.previewEnforcement', request());
    setBusy(false);
    if (response.ok) setPreview(response.value);
    else showError(response.error);
  };

  const reviewPlan = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const response = await api.call('groups.planEnforcement', request());
    setBusy(false);
    if (response.ok) setPlan(response.value);
    else showError(response.error);
  };

  return (
    <Stack gap="lg" maw={980}>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Radio.Group
            label="Policy template"
            value={form.values.kind}
            onChange={(value) => {
              const kind = value as MfaTemplateKind;
              form.setValues({ kind, policyName: defaultMfaPolicyName(kind === 'selected-actions' ? { kind, actions: ['x:y'] } : kind === 'recent-mfa' ? { kind, maxAgeSeconds: 300, actions: [] } : { kind }) });
            }}
          >
            <Stack gap="xs" mt="xs">
              {(Object.keys(templateHelp) as MfaTemplateKind[]).map((kind) => (
                <Radio key={kind} value={kind} label={templateHelp[kind].label} description={templateHelp[kind].description} />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.kind !== 'require-mfa' && (
            <TagsInput
              label={form.values.kind === 'selected-actions' ? 'Actions that need MFA' : 'Actions that need recent MFA (empty: everything but MFA self-service)'}
              placeholder="Type an action like s3:DeleteObject and press Enter"
              {...form.getInputProps('actions')}
            />
          )}
          {form.values.kind === 'recent-mfa' && (
            <NumberInput label="Maximum MFA age in seconds" min={60} max={129600} step={60} {...form.getInputProps('maxAgeSeconds')} />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500}>Where the policy goes</Text>
            <SegmentedControl
              aria-label="Where the policy goes"
              data={[
                { value: 'inline', label: 'Inline group policy' },
                { value: 'managed', label: 'Customer managed policy, attached' },
              ]}
              {...form.getInputProps('mode')}
            />
            {form.errors.mode && <Text size="sm" c="red" role="alert">{form.errors.mode}</Text>}
            <Text size="xs" c="dimmed">Inline policies share 5,120 characters per group; a managed policy has its own 6,144 and can be reused.</Text>
          </Stack>
          <TextInput label="Policy name" {...form.getInputProps('policyName')} />
          <TagsInput label="Actions to simulate (optional)" placeholder="e.g. iam:CreateUser" {...form.getInputProps('simulateActions')} />
          <MfaConditionExplainer />
          {error && <ErrorAlert error={error} onClose={() => setError(undefined)} />}
          <Group justify="space-between">
            <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('groups')}>
              Back to groups
            </Button>
            <Button leftSection={<IconEye size={16} />} onClick={() => void runPreview()} loading={busy && !preview}>
              Preview impact
            </Button>
          </Group>
        </Stack>
      </Paper>

      {preview && (
        <Paper withBorder p="lg" radius="md">
          <EnforcementPreviewView preview={preview} />
          {!plan && (
            <Group justify="flex-end" mt="md">
              <Button leftSection={<IconListCheck size={16} />} onClick={() => void reviewPlan()} disabled={!!preview.blocker || !preview.fits} loading={busy}>
                Review the plan
              </Button>
            </Group>
          )}
        </Paper>
      )}

      {plan && (
        <Paper withBorder p="lg" radius="md">
          <PlanReview plan={plan} applyLabel={`Require MFA for ${groupName}`} onFinished={() => setApplied(true)} />
          {applied && (
            <Alert color="teal" mt="md" title="Tell the members">
              They must sign out and back in with MFA. Users of the CLI start an MFA session with
              <Text component="span" ff="monospace"> aws sts get-session-token --serial-number &lt;their device ARN&gt; --token-code &lt;code&gt;</Text>, or add
              <Text component="span" ff="monospace"> mfa_serial = &lt;their device ARN&gt;</Text> to their profile in ~/.aws/config. Each user’s exact lines are on the MFA page under their devices.
              <Group mt="sm">
                <Button size="xs" variant="light" onClick={() => navigate('groups')}>Back to groups</Button>
              </Group>
            </Alert>
          )}
        </Paper>
      )}
    </Stack>
  );
}
