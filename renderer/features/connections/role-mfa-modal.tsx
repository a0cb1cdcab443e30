import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { ConnectionSummary } from '../../../shared/model/connection';
import { MfaCodeInput } from './mfa-code-input';

/** Asks for the MFA code a role profile with mfa_serial needs before it can connect. */
export function RoleMfaModal({ connection, onSubmit, onClose, error, busy }: { connection: ConnectionSummary | undefined; onSubmit: (code: string) => void; onClose: () => void; error?: ApiError; busy: boolean }): ReactNode {
  const [code, setCode] = useState('');
  const fieldError = error && (error.field === 'mfaCode' || error.code === 'INVALID_MFA_CODE' || error.code === 'ACCESS_DENIED') ? error.message : undefined;
  return (
    <Modal opened={Boolean(connection)} onClose={onClose} title={`Connect with ${connection?.label ?? ''}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (code.length === 6) onSubmit(code);
        }}
      >
        <Stack>
          <Text size="sm">This profile assumes its role with MFA. Enter the current code of {connection?.mfaSerial ?? 'your MFA device'}.</Text>
          <MfaCodeInput value={code} onChange={setCode} error={fieldError} />
          {error?.remedy && fieldError && (
            <Text size="sm" c="dimmed">
              {error.remedy}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={code.length !== 6}>
              Connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
