import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TotpCodeFields } from './totp-code-fields';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T10:00:05Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TotpCodeFields', () => {
  it('opens the second code only after the first code window has passed', () => {
    const onChange = vi.fn();
    render(<MantineProvider><TotpCodeFields onChange={onChange} /></MantineProvider>);
    expect(screen.getByText(/next code appears in 25 s/)).toBeTruthy();
    const second = screen.getByLabelText('Second code') as HTMLInputElement;
    expect(second.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('First code'), { target: { value: '123456' } });
    act(() => void vi.advanceTimersByTime(20_000));
    expect(second.disabled).toBe(true);
    act(() => void vi.advanceTimersByTime(6_000));
    expect(second.disabled).toBe(false);
    fireEvent.change(second, { target: { value: '654321' } });
    expect(onChange).toHaveBeenLastCalledWith({ code1: '123456', code2: '654321' });
  });

  it('shows a code error under the field it is about', () => {
    render(
      <MantineProvider>
        <TotpCodeFields onChange={() => undefined} error={{ code: 'INVALID_MFA_CODE', message: 'The second code is not valid for this device.', remedy: 'Type the next code.', retryable: true, field: 'code2' }} />
      </MantineProvider>,
    );
    const second = screen.getByLabelText('Second code');
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/The second code is not valid for this device/)).toBeTruthy();
    expect(screen.getByLabelText('First code').getAttribute('aria-invalid')).not.toBe('true');
  });
});
