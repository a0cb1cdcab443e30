import { ActionIcon, Alert, Anchor, Button, Checkbox, Code, Group, NumberInput, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { Plan } from '../../../shared/model/plan';
import { SamlRoleDraftSchema, type ManagedPolicy, type SamlCondition, type SamlRoleDraftInput } from '../../../shared/model/federated-role';
import type { IamTag } from '../../../shared/logic/iam-names';
import { globalSigninUrl, regionalSigninUrl } from '../../../shared/logic/saml-sp-facts';
import { TRUST_POLICY_QUOTA, buildSamlTrustPolicy, policySize } from '../../../shared/logic/trust-policy-builder';
import { useApi, useQuery } from '../../api/api-context';
import { useConnection } from '../../app/connection-context';
import { navigate } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/error-alert';
import { ReviewAndApplyStep, ReviewPlanButton, WizardStep } from '../../components/wizard-step';
import { TagsEditor } from '../identity-providers/tags-editor';
import { BoundaryPicker } from './boundary-picker';
import { PolicyPicker } from './policy-picker';

const MAX_POLICIES = 10;

function firstErrors(result: ReturnType<typeof SamlRoleDraftSchema.safeParse>): Record<string, string> {
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/** The "Role for SAML 2.0 federation" wizard: provider, access, permissions, details, plan, apply. */
export function SamlRoleWizard(): ReactNode {
  const api = useApi();
  const { identity } = useConnection();
  const providers = useQuery('saml.listProviders', {});
  const partition = identity?.partition ?? 'aws';
  const [roleName, setRoleName] = useState('');
  const [path, setPath] = useState('/');
  const [created, setCreated] = useState(false);
  const [providerArn, setProviderArn] = useState<string | null>(null);
  const [access, setAccess] = useState<'console' | 'programmatic'>('console');
  const [useGlobal, setUseGlobal] = useState(true);
  const [regions, setRegions] = useState('');
  const [conditions, setConditions] = useState<SamlCondition[]>([]);
  const [tagSession, setTagSession] = useState(false);
  const [sourceIdentity, setSourceIdentity] = useState(false);
  const [policies, setPolicies] = useState<ManagedPolicy[]>([]);
  const [boundary, setBoundary] = useState('');
  const [hours, setHours] = useState<number>(1);
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<IamTag[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [plan, setPlan] = useState<Plan>();
  const [planError, setPlanError] = useState<ApiError>();
  const [planning, setPlanning] = useState(false);

  const audiences = useMemo(() => {
    const list = useGlobal ? [globalSigninUrl(partition)] : [];
    for (const r of regions.split(/[\s,]+/).filter(Boolean)) {
      const url = regionalSigninUrl(partition, r);
      if (url && !list.includes(url)) list.push(url);
    }
    return list;
  }, [useGlobal, regions, partition]);
  const badRegions = regions.split(/[\s,]+/).filter((r) => r && !regionalSigninUrl(partition, r));

  const draft: SamlRoleDraftInput = {
    roleName,
    path,
    providerArn: providerArn ?? '',
    access,
    audiences: access === 'console' ? audiences : [],
    conditions,
    allowTagSession: tagSession,
    allowSourceIdentity: sourceIdentity,
    policyArns: policies.map((p) => p.arn),
    ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
    maxSessionHours: hours,
    description,
    tags,
  };
  const parsed = SamlRoleDraftSchema.safeParse(draft);
  const serviceField = planError?.field?.split('.')[0];
  const errors: Record<string, string> = { ...(submitted ? firstErrors(parsed) : {}), ...(serviceField ? { [serviceField]: `${planError!.message} ${planError!.remedy ?? ''}`.trim() } : {}) };
  const size = policySize(buildSamlTrustPolicy({ providerArn: draft.providerArn, access, audiences: draft.audiences ?? [], conditions, allowTagSession: tagSession, allowSourceIdentity: sourceIdentity }));

  const review = async (): Promise<void> => {
    setSubmitted(true);
    setPlan(undefined);
    setCreated(false);
    if (!parsed.success || badRegions.length) return;
    setPlanning(true);
    setPlanError(undefined);
    const result = await api.call('roles.planSamlRole', draft);
    setPlanning(false);
    if (!result.ok) return setPlanError(result.error);
    setPlan(result.value);
  };
  const setCondition = (i: number, patch: Partial<SamlCondition>): void => setConditions(conditions.map((c, j) => (i === j ? { ...c, ...patch } : c)));

  return (
    <Stack gap="lg" maw={980}>
      <WizardStep title="1. Trusted identity provider and access">
        <Select
          label="SAML provider"
          placeholder={providers.loading ? 'Loading…' : providers.data?.length ? 'Choose a provider' : 'No SAML providers yet'}
          data={(providers.data ?? []).map((p) => ({ value: p.arn, label: p.name }))}
          value={providerArn}
          onChange={setProviderArn}
          allowDeselect={false}
          error={errors.providerArn}
          maw={420}
        />
        {!providers.loading && !providers.data?.length && (
          <Text size="sm">
            <Anchor href="#/identity-providers/new">Register an identity provider</Anchor> first.
          </Text>
        )}
        <Radio.Group label="Access" value={access} onChange={(v) => setAccess(v as typeof access)}>
          <Stack gap={6} mt={6}>
            <Radio value="console" label="Allow console and programmatic access" description="Adds SAML:aud for the sign-in endpoints your IdP posts to." />
            <Radio value="programmatic" label="Allow programmatic access only" description="No SAML:aud; at least one attribute condition limits who may assume the role." />
          </Stack>
        </Radio.Group>
        {access === 'console' && (
          <Stack gap={6}>
            <Checkbox label={`Global sign-in endpoint ${globalSigninUrl(partition)}`} checked={useGlobal} onChange={(e) => setUseGlobal(e.currentTarget.checked)} />
            <TextInput
              label="Regional sign-in endpoints (regions, comma separated)"
              description={partition === 'aws' ? 'Only if the IdP posts to https://<region>.signin.aws.amazon.com/saml, for example eu-west-1.' : 'This partition documents only the global endpoint.'}
              placeholder="eu-west-1, ap-southeast-2"
              value={regions}
              onChange={(e) => setRegions(e.currentTarget.value)}
              error={badRegions.length ? `Not a region with a SAML sign-in endpoint here: ${badRegions.join(', ')}` : errors.audiences}
              disabled={partition !== 'aws'}
              maw={520}
            />
          </Stack>
        )}
        <Stack gap={6}>
          <Text size="sm" fw={500}>Attribute conditions {access === 'programmatic' ? '(at least one)' : '(optional)'}</Text>
          {conditions.map((c, i) => (
            <Group key={i} gap="xs" align="flex-start">
              <TextInput aria-label={`Condition ${i + 1} key`} value={c.key} onChange={(e) => setCondition(i, { key: e.currentTarget.value })} placeholder="SAML:sub_type" w={200} />
              <Select aria-label={`Condition ${i + 1} operator`} data={['StringEquals', 'StringLike', 'ForAnyValue:StringLike', 'ForAllValues:StringLike']} value={c.operator} onChange={(v) => v && setCondition(i, { operator: v as SamlCondition['operator'] })} w={220} allowDeselect={false} />
              <TextInput aria-label={`Condition ${i + 1} values`} value={c.values.join(', ')} onChange={(e) => setCondition(i, { values: e.currentTarget.value.split(',').map((v) => v.trim()).filter(Boolean) })} placeholder="persistent" style={{ flex: 1 }} />
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove condition ${i + 1}`} onClick={() => setConditions(conditions.filter((_, j) => j !== i))} mt={6}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {errors.conditions && <Text size="sm" c="red">{errors.conditions}</Text>}
          <Button size="xs" variant="subtle" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => setConditions([...conditions, { key: 'SAML:sub_type', operator: 'StringEquals', values: ['persistent'] }])}>
            Add condition
          </Button>
        </Stack>
        <Group>
          <Checkbox label="The IdP sends session tags (sts:TagSession)" checked={tagSession} onChange={(e) => setTagSession(e.currentTarget.checked)} />
          <Checkbox label="The IdP sends a source identity (sts:SetSourceIdentity)" checked={sourceIdentity} onChange={(e) => setSourceIdentity(e.currentTarget.checked)} />
        </Group>
        <Text size="xs" c={size > TRUST_POLICY_QUOTA ? 'red' : 'dimmed'} data-testid="trust-size">
          Trust policy size: {size} of {TRUST_POLICY_QUOTA} characters (IAM's default quota, whitespace not counted)
        </Text>
      </WizardStep>
      <WizardStep title="2. Permissions">
        <PolicyPicker selected={policies} onChange={setPolicies} max={MAX_POLICIES} />
        {errors.policyArns && <Text size="sm" c="red">{errors.policyArns}</Text>}
        <BoundaryPicker value={boundary} onChange={setBoundary} {...(errors.permissionsBoundaryArn ? { error: errors.permissionsBoundaryArn } : {})} />
      </WizardStep>
      <WizardStep title="3. Role details">
        <TextInput label="Role name" description="Letters, digits and _ + = , . @ - (up to 64); unique in the account regardless of case." value={roleName} onChange={(e) => setRoleName(e.currentTarget.value)} error={errors.roleName} maw={420} />
        <TextInput label="Path" description="“/” or a prefix like /federated/; it becomes part of the role ARN the IdP sends." value={path} onChange={(e) => setPath(e.currentTarget.value.trim())} error={errors.path} maw={420} />
        <NumberInput label="Maximum session duration (hours)" min={1} max={12} value={hours} onChange={(v) => setHours(typeof v === 'number' ? v : Number(v) || 1)} error={errors.maxSessionHours} w={280} />
        <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} autosize minRows={2} maw={620} />
        <TagsEditor value={tags} onChange={setTags} />
        {errors.tags && <Text size="sm" c="red">{errors.tags}</Text>}
        {planError && !serviceField && <ErrorAlert error={planError} title="The plan could not be made" />}
        {planError && serviceField && <Alert color="red" role="alert">The plan could not be made: see the field marked above.</Alert>}
        {submitted && !parsed.success && <Alert color="red">Fix the fields marked above first.</Alert>}
        <ReviewPlanButton onClick={() => void review()} loading={planning} />
      </WizardStep>
      {plan && (
        <ReviewAndApplyStep step={4} plan={plan} applyLabel="Create the role" onFinished={() => setCreated(true)}>
          {created && (
            <>
              <Text size="sm" mt="md">Role value for the IdP: <Code>{`arn:${partition}:iam::${identity?.accountId}:role${path}${roleName},${providerArn}`}</Code></Text>
              <Group mt="sm">
                <Button variant="light" onClick={() => navigate('roles', 'export')}>Export role ARN strings for the IdP</Button>
              </Group>
            </>
          )}
        </ReviewAndApplyStep>
      )}
    </Stack>
  );
}
