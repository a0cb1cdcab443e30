import { Anchor, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { Plan } from '../../../shared/model/plan';
import { SamlProviderNameSchema, nameProblem, type IamTag } from '../../../shared/logic/iam-names';
import { useApi } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/error-alert';
import { ReviewAndApplyStep, ReviewPlanButton, WizardStep } from '../../components/wizard-step';
import { MetadataInput } from './metadata-input';
import { MetadataInspectionView } from './metadata-inspection-view';
import { TagsEditor, tagsValid } from './tags-editor';
import { useMetadataInspection, type MetadataDraft } from './use-metadata-inspection';

/** Register an identity provider: metadata in, inspect, name and tags, plan, apply. */
export function RegisterProviderWizard(): ReactNode {
  const api = useApi();
  const [draft, setDraft] = useState<MetadataDraft>();
  const { inspection, error: inspectError, checking } = useMetadataInspection(draft);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [tags, setTags] = useState<IamTag[]>([]);
  const [plan, setPlan] = useState<Plan>();
  const [planError, setPlanError] = useState<ApiError>();
  const [planning, setPlanning] = useState(false);
  const [done, setDone] = useState(false);
  const nameError = touched ? nameProblem(SamlProviderNameSchema, name) : undefined;

  const review = async (): Promise<void> => {
    setTouched(true);
    if (!draft || nameProblem(SamlProviderNameSchema, name) || !tagsValid(tags)) return;
    setPlanning(true);
    setPlanError(undefined);
    const result = await api.call('saml.planCreateProvider', { xml: draft.xml, stripBom: draft.stripBom, ...(draft.entityId ? { entityId: draft.entityId } : {}), name, tags });
    setPlanning(false);
    if (!result.ok) return setPlanError(result.error);
    setPlan(result.value);
  };

  return (
    <Stack gap="lg" maw={980}>
      <WizardStep title="1. The IdP’s metadata">
        <MetadataInput
          onXml={(xml, origin) => {
            setPlan(undefined);
            setDraft({ xml, origin, stripBom: false });
          }}
        />
        {draft && <Text size="sm" c="dimmed">From {draft.origin}</Text>}
        {checking && <Loader size="sm" />}
        {inspectError && <ErrorAlert error={inspectError} />}
        {inspection && draft && (
          <MetadataInspectionView
            inspection={inspection}
            onStripBom={() => setDraft({ ...draft, stripBom: true })}
            onChooseEntity={(entityId) => setDraft({ ...draft, entityId })}
            {...(draft.entityId ? { chosenEntityId: draft.entityId } : {})}
          />
        )}
      </WizardStep>
      {inspection?.ok && (
        <WizardStep title="2. Name and tags">
          <TextInput
            label="Provider name"
            description="Shown in IAM and in every role ARN string: letters, digits and _ . - (up to 128)."
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setPlan(undefined);
              setPlanError(undefined);
            }}
            onBlur={() => setTouched(true)}
            error={nameError ?? (planError?.field === 'name' ? `${planError.message} ${planError.remedy ?? ''}`.trim() : undefined)}
            maw={420}
          />
          <TagsEditor value={tags} onChange={setTags} />
          {planError && planError.field !== 'name' && <ErrorAlert error={planError} title="The plan could not be made" />}
          <ReviewPlanButton onClick={() => void review()} loading={planning} />
        </WizardStep>
      )}
      {plan && (
        <ReviewAndApplyStep step={3} plan={plan} applyLabel="Register the provider" onFinished={() => setDone(true)}>
          {done && (
            <Group mt="md">
              <Button onClick={() => navigate('roles', 'new')}>Create a role for this provider</Button>
              <Anchor href="#/identity-providers/setup">Configure the IdP with AWS’s values</Anchor>
              <Anchor href={`#/identity-providers/provider/${encodeURIComponent(name)}`}>Open {name}</Anchor>
            </Group>
          )}
        </ReviewAndApplyStep>
      )}
    </Stack>
  );
}
