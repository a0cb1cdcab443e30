import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { ApiClient } from '../api/api-client';
import { ApiProvider } from '../api/api-context';

// Tests read fields of the arguments they answer, whatever the method; typing them per method would buy nothing here.
type Answer = (method: string, args: any) => unknown;

/** Renders a component against an API client whose every call is answered by `answer`; returns the call spy. */
export function renderWithApi(ui: ReactNode, answer: Answer) {
  const call = vi.fn(async (method: string, args: unknown) => answer(method, args));
  const client = { host: 'browser', call, on: () => () => undefined } as unknown as ApiClient;
  render(
    <MantineProvider>
      <ApiProvider client={client}>{ui}</ApiProvider>
    </MantineProvider>,
  );
  return call;
}
