import { Badge, Code, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MetadataCertificate } from '../../../shared/model/saml-metadata';
import { CopyButton } from '../../components/copy-button';
import { ExpiryBadge } from './expiry-badge';

/** The certificates of a metadata document, one row each, the latest signing one marked. */
export function CertificateTable({ certificates, caption }: { certificates: readonly MetadataCertificate[]; caption?: string }): ReactNode {
  if (!certificates.length) return <Text size="sm" c="dimmed">No certificates.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={caption ?? 'Certificates'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Use</Table.Th>
            <Table.Th>Subject / issuer</Table.Th>
            <Table.Th>Valid</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>SHA-256 fingerprint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((c) => (
            <Table.Tr key={`${c.use}-${c.sha256}`} data-testid="certificate-row">
              <Table.Td>
                <Stacked>
                  <Text size="sm">{c.use}</Text>
                  {c.latestSigning && <Badge size="xs" variant="outline">latest signing</Badge>}
                </Stacked>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>{c.subject}</Text>
                {c.issuer && c.issuer !== c.subject && <Text size="xs" c="dimmed">issued by {c.issuer}</Text>}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.notBefore.slice(0, 10)} → {c.notAfter.slice(0, 10)}</Text>
                <ExpiryBadge state={c.status} daysLeft={c.daysLeft} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.keyType} {c.keyBits ?? ''}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Code style={{ fontSize: 11, wordBreak: 'break-all' }}>{c.sha256}</Code>
                  <CopyButton value={c.sha256} label="Copy fingerprint" />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Stacked({ children }: { children: ReactNode }): ReactNode {
  return <Group gap={4}>{children}</Group>;
}
