import { Code, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { awsConfigMfaLines, getSessionTokenCommand } from '../../../shared/logic/mfa-cli-snippets';
import { CopyButton } from '../../components/copy-button';

/** The CLI lines a user needs for MFA-protected API access with this device. */
export function MfaCliSnippets({ serialNumber, profile }: { serialNumber: string; profile: string }): ReactNode {
  const command = getSessionTokenCommand(serialNumber);
  const config = awsConfigMfaLines(profile, serialNumber);
  return (
    <Stack gap={6} mt="sm">
      <Text size="xs" c="dimmed">
        For the AWS CLI and scripts: start an MFA session with this device, or let the CLI ask for a code.
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{command}</Code>
        <CopyButton value={command} label="Copy the get-session-token command" />
      </Group>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{`# ~/.aws/config\n${config}`}</Code>
        <CopyButton value={config} label="Copy the mfa_serial lines" />
      </Group>
    </Stack>
  );
}
