import { Alert, Badge, Button, Group, List, Paper, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { MfaDeviceNameSchema, nameProblem } from '../../../shared/logic/iam-names';
import { maxMfaDevicesPerUser } from '../../../shared/model/mfa-device';
import type { EnrollmentDone, EnrollmentStart } from '../../../shared/model/mfa-enrollment';
import type { ApiError } from '../../../shared/contract/errors';
import { useApi, useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/error-alert';
import { EnrollmentQrCard } from './enrollment-qr-card';
import { UnassignedDevicesBanner } from './unassigned-devices-banner';
import { MfaCliSnippets } from './mfa-cli-snippets';
import { TotpCodeFields, type CodePair } from './totp-code-fields';

/** A default device name from the user name, trimmed to what IAM accepts. */
function defaultDeviceName(userName: string): string {
  return userName.replace(/[^\w+=,.@-]/g, '-').slice(0, 200);
}

/**
 * Enrolls a virtual MFA device for one user: name, QR code and secret, two consecutive codes,
 * confirmation. Leaving before the end cancels the enrollment, which deletes the device.
 */
export function EnrollMfaWizard({ userName }: { userName: string }): ReactNode {
  const api = useApi();
  const devices = useQuery('mfa.listUserDevices', { userName }, userName);
  const [enrollment, setEnrollment] = useState<EnrollmentStart>();
  const [done, setDone] = useState<EnrollmentDone>();
  const [error, setError] = useState<ApiError>();
  const [codes, setCodes] = useState<CodePair>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [leftover, setLeftover] = useState(false);
  const open = useRef<string | undefined>(undefined);
  const form = useForm({
    initialValues: { deviceName: defaultDeviceName(userName) },
    validate: { deviceName: (value) => nameProblem(MfaDeviceNameSchema, value) },
  });

  // Navigating away or closing the window must not leave an unassigned device behind.
  useEffect(() => {
    const cancelOpen = (): void => {
      if (open.current) void api.call('mfa.cancelEnrollment', { enrollmentId: open.current });
      open.current = undefined;
    };
    window.addEventListener('beforeunload', cancelOpen);
    return () => {
      window.removeEventListener('beforeunload', cancelOpen);
      cancelOpen();
    };
  }, [api]);

  const start = async ({ deviceName }: { deviceName: string }): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const response = await api.call('mfa.startEnrollment', { userName, deviceName });
    setBusy(false);
    if (!response.ok) {
      setLeftover(response.error.code === 'ALREADY_EXISTS' && response.error.message.includes('earlier enrollment'));
      if (response.error.field === 'deviceName') form.setFieldError('deviceName', `${response.error.message} ${response.error.remedy ?? ''}`);
      else setError(response.error);
      return;
    }
    open.current = response.value.enrollmentId;
    setEnrollment(response.value);
  };

  const enable = async (): Promise<void> => {
    if (!enrollment || !codes) return;
    setBusy(true);
    setError(undefined);
    const response = await api.call('mfa.completeEnrollment', { enrollmentId: enrollment.enrollmentId, code1: codes.code1, code2: codes.code2 });
    setBusy(false);
    if (!response.ok) {
      setError(response.error);
      if (response.error.code === 'INVALID_MFA_CODE') setAttempt((n) => n + 1);
      else if (response.error.code !== 'NETWORK' && response.error.code !== 'THROTTLED') open.current = undefined;
      return;
    }
    open.current = undefined;
    setDone(response.value);
  };

  const cancel = async (): Promise<void> => {
    if (open.current) {
      const id = open.current;
      open.current = undefined;
      await api.call('mfa.cancelEnrollment', { enrollmentId: id });
    }
    navigate('mfa', 'users');
  };

  const onCodes = useCallback((pair: CodePair | undefined) => setCodes(pair), []);
  const held = devices.data?.length ?? 0;
  const step = done ? 3 : enrollment ? 1 : 0;

  return (
    <Stack gap="lg" maw={860}>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Name the device" />
        <Stepper.Step label="Scan and confirm" />
        <Stepper.Step label="Enrolled" />
      </Stepper>

      {step === 0 && (
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={form.onSubmit((values) => void start(values))}>
            <Stack>
              <Text size="sm">
                {userName} holds {devices.loading ? '…' : held} of at most {maxMfaDevicesPerUser} MFA devices.
              </Text>
              <TextInput
                label="Device name"
                description="Shown in IAM and in the authenticator. Letters, digits and _ + = , . @ - only."
                {...form.getInputProps('deviceName')}
              />
              {error && <ErrorAlert error={error} />}
              {leftover && <UnassignedDevicesBanner />}
              <Group justify="space-between">
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('mfa', 'users')}>
                  Back to users
                </Button>
                <Button type="submit" loading={busy} disabled={held >= maxMfaDevicesPerUser}>
                  Create device and show QR code
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {step === 1 && enrollment && (
        <Paper withBorder p="lg" radius="md">
          <Group align="flex-start" gap="xl" wrap="wrap">
            <EnrollmentQrCard enrollment={enrollment} />
            <Stack style={{ flex: 1, minWidth: 300 }}>
              <Text size="sm">
                Have {userName} add the account in their authenticator app (scan the QR code or type the secret key), then enter two consecutive codes.
              </Text>
              <TotpCodeFields onChange={onCodes} error={error} resetKey={attempt} />
              {error && (error.field ? <Text size="sm" c="red" role="alert">The codes were not accepted; the device is kept, so enter two new codes.</Text> : <ErrorAlert error={error} />)}
              {/* The primary action comes first so it stays on top when the narrow column wraps. */}
              <Group justify="space-between">
                <Button onClick={() => void enable()} disabled={!codes} loading={busy}>
                  Enable MFA device
                </Button>
                <Button variant="default" color="red" onClick={() => void cancel()}>
                  Cancel enrollment and delete device
                </Button>
              </Group>
            </Stack>
          </Group>
        </Paper>
      )}

      {step === 3 && done && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Alert color="teal" icon={<IconCheck size={16} />} title="MFA device enrolled" data-testid="enrollment-done">
              The device {done.device.name} is now enabled for user {userName}. Portcullis has wiped its secret from memory.
            </Alert>
            <Text fw={500}>Devices {userName} holds now</Text>
            <List spacing={4}>
              {done.devices.map((d) => (
                <List.Item key={d.serialNumber}>
                  <Group gap="xs">
                    <Text size="sm">{d.name}</Text>
                    {d.serialNumber === done.device.serialNumber && <Badge color="teal" variant="light">new</Badge>}
                  </Group>
                </List.Item>
              ))}
            </List>
            <MfaCliSnippets serialNumber={done.device.serialNumber} profile={userName} />
            <Group>
              <Button onClick={() => navigate('mfa', 'users')}>Back to users</Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
