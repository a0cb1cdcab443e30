import { Alert, Button, Code, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { EnrollmentStart } from '../../../shared/model/mfa-enrollment';
import { CopyButton } from '../../components/copy-button';

/** The QR code, the hidden-until-revealed secret key, and the PNG export for remote users. */
export function EnrollmentQrCard({ enrollment }: { enrollment: EnrollmentStart }): ReactNode {
  const [revealed, setRevealed] = useState(false);
  const [exporting, setExporting] = useState(false);
  const grouped = enrollment.secret.replace(/(.{4})/g, '$1 ').trim();

  const exportPng = (): void => {
    const link = document.createElement('a');
    link.href = enrollment.qrPngDataUrl;
    link.download = `mfa-${enrollment.deviceName}.png`;
    link.click();
    setExporting(false);
  };

  return (
    <Stack gap="sm" w={300}>
      <Image src={enrollment.qrPngDataUrl} alt={`QR code for ${enrollment.label}`} w={264} h={264} data-testid="enrollment-qr" />
      <Text size="sm">
        <b>{enrollment.issuer}</b> · {enrollment.label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        {revealed ? (
          <Code data-testid="mfa-secret" style={{ wordBreak: 'break-all' }}>{grouped}</Code>
        ) : (
          <Code>{'•'.repeat(24)}</Code>
        )}
        {revealed && <CopyButton value={enrollment.secret} label="Copy secret key" />}
      </Group>
      <Group gap="xs">
        <Button size="xs" variant="default" leftSection={revealed ? <IconEyeOff size={14} /> : <IconEye size={14} />} onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide secret key' : 'Reveal secret key'}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => setExporting(true)}>
          Export QR as PNG
        </Button>
      </Group>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={exporting} onClose={() => setExporting(false)} title="Export the QR code as a PNG file">
        <Stack>
          <Alert color="red" icon={<IconAlertTriangle size={16} />} title="This file is a secret">
            Anyone with this image can generate {enrollment.userName}’s MFA codes. Send it only over a channel you trust,
            delete it once they have scanned it, and never attach it to a ticket or chat history.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setExporting(false)}>Keep it on screen</Button>
            <Button color="red" leftSection={<IconDownload size={14} />} onClick={exportPng}>
              Save secret QR code as PNG
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
