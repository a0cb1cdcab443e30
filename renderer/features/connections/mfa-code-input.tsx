import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** A six-digit authenticator code field; digits only, filled by one-time-code autofill where offered. */
export function MfaCodeInput({ value, onChange, error, label = 'MFA code', description }: { value: string; onChange: (value: string) => void; error?: string; label?: string; description?: ReactNode }): ReactNode {
  return (
    <TextInput
      label={label}
      description={description}
      placeholder="123456"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
      styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.3em', maxWidth: 180 } }}
      data-autofocus
    />
  );
}
