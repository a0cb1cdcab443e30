import { Button, Grid, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { Plan } from '../../../shared/model/plan';
import type { SamlProviderDetail } from '../../../shared/model/saml-provider';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';
import { CertificateTable } from './certificate-table';
import { MetadataInput } from './metadata-input';
import { MetadataInspectionView } from './metadata-inspection-view';
import { useMetadataInspection, type MetadataDraft } from './use-metadata-inspection';

/** Certificate rotation: new metadata in, old and new certificates side by side, then UpdateSAMLProvider. */
export function RotateCertificatePanel({ provider, onDone }: { provider: SamlProviderDetail; onDone: () => void }): ReactNode {
  const api = useApi();
  const [draft, setDraft] = useState<MetadataDraft>();
  const { inspection, error, checking } = useMetadataInspection(draft);
  const [plan, setPlan] = useState<Plan>();
  const [planError, setPlanError] = useState<ApiError>();

  const review = async (): Promise<void> => {
    if (!draft) return;
    setPlanError(undefined);
    const result = await api.call('saml.planUpdateProvider', { arn: provider.arn, xml: draft.xml, stripBom: draft.stripBom, ...(draft.entityId ? { entityId: draft.entityId } : {}) });
    if (!result.ok) return setPlanError(result.error);
    setPlan(result.value);
  };

  return (
    <Stack gap="md">
      <MetadataInput onXml={(xml, origin) => (setPlan(undefined), setDraft({ xml, origin, stripBom: false }))} />
      {checking && <Loader size="sm" />}
      {error && <ErrorAlert error={error} />}
      {inspection && draft && (
        <>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="sm" radius="md" data-testid="current-certificates">
                <Title order={5} mb="xs">Now in AWS</Title>
                <CertificateTable compact certificates={provider.certificates} caption="Current certificates" />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="sm" radius="md" data-testid="new-certificates">
                <Title order={5} mb="xs">In the new metadata</Title>
                <CertificateTable compact certificates={inspection.certificates} caption="New certificates" />
              </Paper>
            </Grid.Col>
          </Grid>
          <MetadataInspectionView inspection={{ ...inspection, certificates: [] }} onStripBom={() => setDraft({ ...draft, stripBom: true })} onChooseEntity={(entityId) => setDraft({ ...draft, entityId })} />
          {inspection.ok && !plan && (
            <Group>
              <Button onClick={() => void review()}>Review the rotation</Button>
            </Group>
          )}
        </>
      )}
      {planError && <ErrorAlert error={planError} title="The plan could not be made" />}
      {plan && <PlanReview key={plan.id} plan={plan} applyLabel="Rotate the certificate" onFinished={onDone} />}
    </Stack>
  );
}
