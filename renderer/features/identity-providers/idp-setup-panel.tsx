import { Button, Code, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { idpGuides } from '../../../shared/logic/idp-guides';
import { pairString } from '../../../shared/logic/role-pair-formats';
import { spFacts, spMetadataXml } from '../../../shared/logic/saml-sp-facts';
import { useQuery } from '../../api/api-context';
import { useConnection } from '../../app/connection-context';
import { CopyButton } from '../../components/copy-button';
import { downloadText } from '../../components/csv-export';

function FactRow({ label, value }: { label: string; value: string }): ReactNode {
  return (
    <Table.Tr>
      <Table.Td w={260}><Text size="sm" fw={500}>{label}</Text></Table.Td>
      <Table.Td><Code style={{ wordBreak: 'break-all' }}>{value}</Code></Table.Td>
      <Table.Td w={40}><CopyButton value={value} label={`Copy ${label}`} /></Table.Td>
    </Table.Tr>
  );
}

/** What the IdP must be configured with for this account, and a card per IdP in its own words. */
export function IdpSetupPanel(): ReactNode {
  const { identity, connection } = useConnection();
  const [region, setRegion] = useState(connection?.region ?? 'us-east-1');
  const pairs = useQuery('roles.listSamlPairs', {});
  const [pairIndex, setPairIndex] = useState<string | null>('0');
  if (!identity) return null;
  const facts = spFacts(identity.partition, region, identity.accountId, identity.accountAlias);
  const pair = pairs.data?.pairs[Number(pairIndex ?? 0)];
  const example = pair ? pairString(pair, 'role-first') : `arn:${identity.partition}:iam::${identity.accountId}:role/ROLE-NAME,arn:${identity.partition}:iam::${identity.accountId}:saml-provider/PROVIDER-NAME`;
  const guides = idpGuides(facts, example);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={4}>AWS as the service provider ({identity.partition}, account {identity.accountAlias ?? identity.accountId})</Title>
            <Group gap="xs" align="flex-end" wrap="nowrap" style={{ flexShrink: 0 }}>
              <TextInput label="Region of the regional sign-in endpoint" value={region} onChange={(e) => setRegion(e.currentTarget.value.trim())} w={340} />
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => downloadText('aws-saml-sp-metadata.xml', spMetadataXml(facts), 'application/xml')}>
                Download SP metadata
              </Button>
            </Group>
          </Group>
          <Table withTableBorder aria-label="AWS service provider values">
            <Table.Tbody>
              <FactRow label="SP entity ID (audience)" value={facts.entityId} />
              <FactRow label="ACS URL (global)" value={facts.acsGlobal} />
              {facts.acsRegional && facts.acsRegional !== facts.acsGlobal && <FactRow label={`ACS URL (${region})`} value={facts.acsRegional} />}
              <FactRow label="AWS SP metadata URL" value={facts.metadataUrl} />
              <FactRow label="Relay state (console)" value={facts.relayState} />
              <FactRow label="NameID format" value={facts.nameIdFormat} />
              <FactRow label="Role attribute" value={facts.attributes.role} />
              <FactRow label="RoleSessionName attribute" value={facts.attributes.roleSessionName} />
              <FactRow label="SessionDuration attribute" value={facts.attributes.sessionDuration} />
              <FactRow label="PrincipalTag attribute (prefix)" value={`${facts.attributes.principalTagPrefix}<TagKey>`} />
              <FactRow label="SourceIdentity attribute" value={facts.attributes.sourceIdentity} />
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">{facts.signing} If the IdP posts to a regional endpoint, the role’s trust policy must list that endpoint in SAML:aud.</Text>
        </Stack>
      </Paper>
      <Group align="flex-end">
        <Title order={4} style={{ flex: 1 }}>Guides per identity provider</Title>
        <Select
          label="Role value shown in the guides"
          data={(pairs.data?.pairs ?? []).map((p, i) => ({ value: String(i), label: `${p.roleName} ← ${p.providerName}` }))}
          value={pairIndex}
          onChange={setPairIndex}
          placeholder={pairs.data?.pairs.length ? undefined : 'No SAML roles yet (placeholder shown)'}
          w={360}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {guides.map((g) => (
          <Paper key={g.id} withBorder p="md" radius="md" data-testid={`guide-${g.id}`}>
            <Title order={5}>{g.idp}</Title>
            <Text size="xs" c="dimmed" mb="xs">{g.where}</Text>
            <Table aria-label={`${g.idp} settings`}>
              <Table.Tbody>
                {g.fields.map((f) => (
                  <Table.Tr key={f.label}>
                    <Table.Td w={200}><Text size="sm">{f.label}</Text>{f.note && <Text size="xs" c="dimmed">{f.note}</Text>}</Table.Td>
                    <Table.Td><Code style={{ wordBreak: 'break-all' }}>{f.value}</Code></Table.Td>
                    <Table.Td w={40}><CopyButton value={f.value} label={`Copy ${g.idp} ${f.label}`} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
