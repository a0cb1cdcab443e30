import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { IdentityCenterInstance } from '../../../shared/model/identity-center';
import { CopyButton } from '../../components/copy-button';

function Fact({ label, value, copy }: { label: string; value: string; copy?: boolean }): ReactNode {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }} aria-label={label}>
          {value}
        </Text>
        {copy && <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />}
      </Group>
    </Stack>
  );
}

/** The instance this section works on: its ARN, identity store and home region. */
export function InstanceSummary({ instance }: { instance: IdentityCenterInstance }): ReactNode {
  return (
    <Paper withBorder p="md" radius="md" data-testid="instance-summary">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>Instance {instance.name ?? ''}</Text>
        <Badge color={instance.status === 'ACTIVE' ? 'teal' : 'yellow'} variant="light">
          {instance.status ?? 'unknown status'}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Fact label="Identity store id" value={instance.identityStoreId} copy />
        <Fact label="Region" value={instance.region} />
        <Fact label="Instance ARN" value={instance.instanceArn} copy />
      </SimpleGrid>
    </Paper>
  );
}
