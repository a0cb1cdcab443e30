import { Code, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MetadataCertificate } from '../../../shared/model/saml-metadata';
import { CopyButton } from '../../components/copy-button';
import { ExpiryBadge } from './expiry-badge';

/** The certificates of a metadata document, one row each, the latest signing one marked. */
export function CertificateTable({ certificates, caption, compact = false }: { certificates: readonly MetadataCertificate[]; caption?: string; compact?: boolean }): ReactNode {
  if (!certificates.length) return <Text size="sm" c="dimmed">No certificates.</Text>;
  const fingerprint = (c: MetadataCertificate): ReactNode => (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Code style={{ fontSize: 11, wordBreak: 'break-all' }}>{c.sha256}</Code>
      <CopyButton value={c.sha256} label="Copy fingerprint" />
    </Group>
  );
  return (
    <Table.ScrollContainer minWidth={compact ? 360 : 640}>
      <Table striped withTableBorder verticalSpacing="xs" aria-label={caption ?? 'Certificates'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Use</Table.Th>
            <Table.Th>{compact ? 'Certificate' : 'Subject / issuer'}</Table.Th>
            <Table.Th w={compact ? 130 : 170}>Valid</Table.Th>
            {!compact && <Table.Th w={90}>Key</Table.Th>}
            {!compact && <Table.Th w={260}>SHA-256 fingerprint</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((c) => (
            <Table.Tr key={`${c.use}-${c.sha256}`} data-testid="certificate-row">
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{c.use}</Text>
                  {c.latestSigning && <Text size="xs" c="blue" fw={600}>latest signing</Text>}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{c.subject}</Text>
                {c.issuer && c.issuer !== c.subject && <Text size="xs" c="dimmed">issued by {c.issuer}</Text>}
                {compact && (
                  <>
                    <Text size="xs" c="dimmed">{c.keyType} {c.keyBits ?? ''} bits</Text>
                    {fingerprint(c)}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {/* Dates break only between them, never inside one. */}
                  <Text size="sm">
                    <span style={{ whiteSpace: 'nowrap' }}>{c.notBefore.slice(0, 10)} →</span> <span style={{ whiteSpace: 'nowrap' }}>{c.notAfter.slice(0, 10)}</span>
                  </Text>
                  <ExpiryBadge state={c.status} daysLeft={c.daysLeft} />
                </Stack>
              </Table.Td>
              {!compact && <Table.Td><Text size="sm">{c.keyType} {c.keyBits ?? ''}</Text></Table.Td>}
              {!compact && <Table.Td>{fingerprint(c)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
