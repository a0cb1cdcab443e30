import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/errors';

/** Shows an error where it happened: what went wrong, what to do, and the AWS code for support. */
export function ErrorAlert({ error, title, onClose }: { error: ApiError; title?: string; onClose?: () => void }): ReactNode {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={title ?? 'Something went wrong'}
      withCloseButton={Boolean(onClose)}
      onClose={onClose}
      role="alert"
    >
      <Text size="sm">{error.message}</Text>
      {error.remedy && (
        <Text size="sm" mt={4} fw={500}>
          {error.remedy}
        </Text>
      )}
      {(error.awsCode || error.requestId) && (
        <Group gap="xs" mt={6}>
          {error.awsCode && <Text size="xs" c="dimmed">AWS code: {error.awsCode}</Text>}
          {error.requestId && <Text size="xs" c="dimmed">Request id: {error.requestId}</Text>}
        </Group>
      )}
    </Alert>
  );
}
