import { Alert, Badge, Code, Group, Progress, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUserExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { EnforcementPreview } from '../../../shared/model/iam-group';

function Decision({ value }: { value: string }): ReactNode {
  return <Badge color={value === 'allowed' ? 'teal' : value === 'denied' ? 'red' : 'gray'} variant="light">{value}</Badge>;
}

/** The impact of an MFA policy before it is applied: who is locked out, the simulation, the document. */
export function EnforcementPreviewView({ preview }: { preview: EnforcementPreview }): ReactNode {
  const usage = Math.round((preview.inlineTotalAfter / preview.inlineLimit) * 100);
  return (
    <Stack gap="md" data-testid="enforcement-preview">
      <Title order={4}>Impact on {preview.groupName}</Title>
      {preview.blocker && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} title="You would lock yourself out" role="alert">
          {preview.blocker}
        </Alert>
      )}
      {preview.adminIsMember && !preview.blocker && (
        <Alert color="yellow">You are a member of this group{preview.adminHasMfaSession ? ' and work with an MFA session, so you keep access.' : '.'}</Alert>
      )}
      <Stack gap={4}>
        <Text fw={500}>
          Members: {preview.members.length} · without an MFA device: {preview.membersWithoutMfa.length}
        </Text>
        {preview.membersWithoutMfa.length > 0 ? (
          <Alert color="orange" icon={<IconUserExclamation size={16} />} title="These members have no MFA device and will be locked out of everything except enrolling one" data-testid="members-without-mfa">
            <Group gap={6}>
              {preview.membersWithoutMfa.map((m) => <Badge key={m} color="orange" variant="light" tt="none">{m}</Badge>)}
            </Group>
          </Alert>
        ) : (
          <Text size="sm" c="teal">Every member already has an MFA device.</Text>
        )}
      </Stack>
      <Stack gap={4}>
        <Text fw={500}>Simulation (IAM SimulateCustomPolicy, assuming the members’ other policies allow each action)</Text>
        <Table withTableBorder striped aria-label="Simulation with MFA present, absent and too old">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Action</Table.Th>
              <Table.Th>With MFA</Table.Th>
              <Table.Th>Without MFA</Table.Th>
              <Table.Th>MFA too old</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.simulation.map((row) => (
              <Table.Tr key={row.action}>
                <Table.Td><Code>{row.action}</Code></Table.Td>
                <Table.Td><Decision value={row.withMfa} /></Table.Td>
                <Table.Td><Decision value={row.withoutMfa} /></Table.Td>
                <Table.Td><Decision value={row.mfaTooOld} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {preview.warnings.map((w) => (
        <Alert key={w} color="yellow" icon={<IconAlertTriangle size={16} />}>{w}</Alert>
      ))}
      <Stack gap={4}>
        <Group justify="space-between">
          <Text fw={500}>Policy {preview.policyName}</Text>
          <Text size="sm" c={preview.fits ? 'dimmed' : 'red'}>
            {preview.documentSize} characters{preview.inlineTotalAfter ? ` · group inline total ${preview.inlineTotalAfter} of ${preview.inlineLimit}` : ''}
          </Text>
        </Group>
        {preview.inlineTotalAfter > 0 && <Progress value={Math.min(usage, 100)} color={preview.fits ? 'teal' : 'red'} aria-label="Inline policy size used" />}
        {!preview.fits && <Text size="sm" c="red" role="alert">Too large for the group’s inline policies: apply it as a customer managed policy instead.</Text>}
        <Spoiler maxHeight={160} showLabel="Show the whole policy" hideLabel="Hide">
          <Code block>{preview.document}</Code>
        </Spoiler>
      </Stack>
    </Stack>
  );
}
