import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CopyButton } from '../components/copy-button';

interface State {
  error: Error | null;
  componentStack: string;
}

/** Catches a crash in a page and shows it with a copy button, so the rest of the app keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(_error: Error, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null, componentStack: '' });
  }

  override render(): ReactNode {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    const report = `${error.name}: ${error.message}\n${error.stack ?? ''}\n${componentStack}`;
    return (
      <Paper withBorder p="lg" role="alert" data-testid="error-boundary">
        <Stack gap="sm">
          <Title order={3}>This page stopped working</Title>
          <Text size="sm">
            {error.name}: {error.message}
          </Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Copy the details to report the problem:
            </Text>
            <CopyButton value={report} label="Copy error details" />
          </Group>
          <Code block mah={240} style={{ overflow: 'auto' }}>
            {report}
          </Code>
          <Button variant="light" w="fit-content" onClick={() => this.setState({ error: null, componentStack: '' })}>
            Try again
          </Button>
        </Stack>
      </Paper>
    );
  }
}
