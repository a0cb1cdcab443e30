import { Group, RingProgress, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { authenticationCodePattern, nextCodeAvailable, secondsLeftInWindow, totpPeriodSeconds, totpStep } from '../../../shared/logic/mfa-totp-window';
import type { ApiError } from '../../../shared/contract/errors';

/** Two consecutive authenticator codes, once both are complete. */
export interface CodePair {
  readonly code1: string;
  readonly code2: string;
}

/** The 30-second window a time falls in, as clock times (e.g. "from 14:03:30 to 14:04:00"). */
function windowLabel(epochMs: number): string {
  const start = totpStep(epochMs) * totpPeriodSeconds * 1000;
  const time = (ms: number): string => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `from ${time(start)} to ${time(start + totpPeriodSeconds * 1000)}`;
}

/** The current time, ticking every half second, for the window countdown. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The two code fields of an enrollment or resync. Shows which 30-second window the
 * authenticator is in; the second field opens only once the first code's window has passed,
 * so the admin cannot type the same code twice. Errors appear under the field they are about.
 */
export function TotpCodeFields({ onChange, error, resetKey }: { onChange: (codes: CodePair | undefined) => void; error?: ApiError; resetKey?: number }): ReactNode {
  const now = useNow();
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [firstStep, setFirstStep] = useState<number>();

  useEffect(() => {
    setCode1('');
    setCode2('');
    setFirstStep(undefined);
  }, [resetKey]);

  useEffect(() => {
    onChange(authenticationCodePattern.test(code1) && authenticationCodePattern.test(code2) ? { code1, code2 } : undefined);
  }, [code1, code2, onChange]);

  const left = secondsLeftInWindow(now);
  const secondOpen = firstStep !== undefined && nextCodeAvailable(firstStep, now);
  const fieldError = (field: string): ReactNode =>
    error?.field === field ? (
      <>
        {error.message} {error.remedy}
      </>
    ) : undefined;

  return (
    <Stack gap="sm">
      <Group gap="sm" data-testid="totp-window">
        <RingProgress
          size={54}
          thickness={5}
          roundCaps
          sections={[{ value: (left / totpPeriodSeconds) * 100, color: left <= 5 ? 'orange' : 'teal' }]}
          label={<Text ta="center" size="xs">{left}s</Text>}
          aria-label={`${left} seconds left in this code window`}
        />
        <Text size="sm">
          The authenticator’s current code is valid {windowLabel(now)}; the next code appears in {left} s.
        </Text>
      </Group>
      <TextInput
        label="First code"
        description="The code the authenticator shows now."
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code1}
        error={fieldError('code1')}
        onChange={(e) => {
          const value = e.currentTarget.value.replace(/\D/g, '');
          setCode1(value);
          setFirstStep(value.length === 6 ? totpStep(Date.now()) : undefined);
          if (value.length < 6) setCode2('');
        }}
      />
      <TextInput
        label="Second code"
        description={
          firstStep === undefined
            ? 'Enter the first code, then wait for the next one.'
            : secondOpen
              ? 'The next code the authenticator shows.'
              : `Wait ${left} s for the authenticator to show its next code.`
        }
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        disabled={!secondOpen}
        value={code2}
        error={fieldError('code2')}
        onChange={(e) => setCode2(e.currentTarget.value.replace(/\D/g, ''))}
      />
    </Stack>
  );
}
