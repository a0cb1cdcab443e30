import { Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ConnectionSummary } from '../../../shared/model/connection';

const typeLabels: Record<NonNullable<ConnectionSummary['profileType']>, string> = {
  'static-keys': 'Access keys',
  'assume-role': 'Assume role',
  sso: 'IAM Identity Center',
  'credential-process': 'credential_process',
  other: 'Unusable',
};

/** One connection: where its credentials come from, and how to connect. */
export function ConnectionCard({
  connection,
  active,
  busy,
  onConnect,
  onEditEndpoint,
  onRemove,
}: {
  connection: ConnectionSummary;
  active: boolean;
  busy: boolean;
  onConnect: () => void;
  onEditEndpoint: () => void;
  onRemove: () => void;
}): ReactNode {
  const c = connection;
  return (
    <Card withBorder padding="md" data-testid={`connection-${c.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} truncate>
            {c.label}
          </Text>
          <Group gap={4} wrap="nowrap">
            {c.isSandbox && <Badge color="orange">Sandbox</Badge>}
            {c.profileType && <Badge variant="outline" color="gray">{typeLabels[c.profileType]}</Badge>}
            {c.memoryOnly && (
              <Badge variant="light" color="yellow">
                This run only
              </Badge>
            )}
            {!c.isSandbox && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="subtle" size="compact-sm" aria-label={`More for ${c.label}`}>
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={onEditEndpoint}>Custom endpoint…</Menu.Item>
                  {c.removable && (
                    <Menu.Item color="red" onClick={onRemove}>
                      Remove keys…
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {c.detail}
        </Text>
        <Text size="xs" c="dimmed">
          Region {c.region}
          {c.endpoint ? ` · endpoint ${c.endpoint}${c.endpointOverridden ? ' (set in Portcullis)' : ''}` : ''}
        </Text>
        <Group justify="flex-end">
          {active ? (
            <Badge color="teal" variant="light">
              Connected
            </Badge>
          ) : (
            <Button size="xs" loading={busy} disabled={c.profileType === 'other'} onClick={onConnect}>
              Connect
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
