import { Alert, Badge, Button, Code, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { MetadataInspection } from '../../../shared/model/saml-metadata';
import { CertificateTable } from './certificate-table';

/** What a metadata document holds and what is wrong with it, before anything goes to AWS. */
export function MetadataInspectionView({
  inspection,
  onStripBom,
  onChooseEntity,
  chosenEntityId,
}: {
  inspection: MetadataInspection;
  onStripBom?: () => void;
  onChooseEntity?: (entityId: string) => void;
  chosenEntityId?: string;
}): ReactNode {
  const idps = inspection.entities.filter((e) => e.isIdp);
  return (
    <Stack gap="md" data-testid="metadata-inspection">
      {inspection.ok ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title="AWS will accept this metadata">
          {inspection.characters.toLocaleString('en-US')} characters, one identity provider, a usable signing certificate.
        </Alert>
      ) : (
        inspection.problems.map((p) => (
          <Alert key={p.code} color="red" icon={<IconCircleX size={18} />} title={p.message} role="alert">
            <Text size="sm">{p.remedy}</Text>
            {p.code === 'bom' && onStripBom && (
              <Button mt="xs" size="xs" onClick={onStripBom}>
                Strip the BOM
              </Button>
            )}
          </Alert>
        ))
      )}
      {idps.length > 1 && onChooseEntity && (
        <Select
          label="Identity provider to register"
          description={`${idps.length} identity providers are in this document; only the one chosen is sent to AWS.`}
          data={idps.map((e) => ({ value: e.entityId, label: e.displayName ? `${e.displayName} — ${e.entityId}` : e.entityId }))}
          value={chosenEntityId ?? null}
          onChange={(v) => v && onChooseEntity(v)}
          searchable
          maxDropdownHeight={280}
        />
      )}
      {inspection.warnings.map((w) => (
        <Alert key={w} color="yellow" icon={<IconAlertTriangle size={18} />}>
          {w}
        </Alert>
      ))}
      {inspection.entityId && (
        <Stack gap="xs">
          <Title order={5}>Entity ID</Title>
          <Code>{inspection.entityId}</Code>
          {inspection.validUntil && <Text size="sm" c="dimmed">Metadata valid until {inspection.validUntil}</Text>}
        </Stack>
      )}
      {inspection.ssoEndpoints.length > 0 && (
        <Stack gap="xs">
          <Title order={5}>Single sign-on endpoints</Title>
          <Table withTableBorder aria-label="Single sign-on endpoints">
            <Table.Tbody>
              {inspection.ssoEndpoints.map((e, i) => (
                <Table.Tr key={`${e.binding}-${i}`}>
                  <Table.Td w={160}>
                    <Badge variant="light">{e.bindingName}</Badge>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{e.location}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {inspection.certificates.length > 0 && (
        <Stack gap="xs">
          <Title order={5}>Certificates</Title>
          <CertificateTable certificates={inspection.certificates} />
        </Stack>
      )}
      {!inspection.ok && inspection.entities.length > 0 && idps.length === 0 && (
        <List size="sm">
          {inspection.entities.map((e) => (
            <List.Item key={e.entityId}>{e.entityId} ({e.isSp ? 'service provider' : 'other'})</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
