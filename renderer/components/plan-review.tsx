import { Alert, Badge, Button, Code, Group, Paper, Progress, Spoiler, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlayerPlay, IconRotate, IconArrowBackUp } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/errors';
import type { ProgressEvent } from '../../shared/contract/events';
import type { Plan, PlanResult } from '../../shared/model/plan';
import { useApi, useEvent } from '../api/api-context';
import { ErrorAlert } from './error-alert';
import { plural } from '../../shared/logic/plural';

/** Shows the exact AWS calls a wizard will make, applies them with progress, and offers retry or rollback. */
export function PlanReview({
  plan,
  onFinished,
  applyLabel = 'Apply',
  destructive = false,
}: {
  plan: Plan;
  onFinished?: (result: PlanResult) => void;
  applyLabel?: string;
  /** Deletes or takes access away: the apply button is red. */
  destructive?: boolean;
}): ReactNode {
  const api = useApi();
  const [current, setCurrent] = useState<Plan>(plan);
  const [progress, setProgress] = useState<ProgressEvent>();
  const [result, setResult] = useState<PlanResult>();
  const [error, setError] = useState<ApiError>();
  const [running, setRunning] = useState(false);
  const [operationId] = useState(() => `plan-${Math.random().toString(36).slice(2)}`);

  useEvent('progress', (event) => {
    if (event.operationId === operationId) setProgress(event);
  });

  const apply = async (target: Plan): Promise<void> => {
    setRunning(true);
    setError(undefined);
    setProgress(undefined);
    const response = await api.call('plans.apply', { planId: target.id, operationId });
    setRunning(false);
    if (!response.ok) return setError(response.error);
    setResult(response.value);
    // The wizard shows the details; the notification only reaches a user who looked away.
    const failed = response.value.outcome === 'failed';
    notifications.show({
      color: failed ? 'red' : 'teal',
      title: failed ? target.title : response.value.outcome === 'no-change' ? 'Nothing to change' : 'Applied',
      message: failed ? 'The plan did not finish. Open the wizard to retry or roll back.' : response.value.message,
    });
    if (response.value.outcome !== 'failed') onFinished?.(response.value);
  };

  const rollBack = async (rollback: Plan): Promise<void> => {
    setCurrent(rollback);
    setResult(undefined);
    await apply(rollback);
  };

  const failed = result?.outcome === 'failed';
  const finished = result && !failed;
  return (
    <Stack gap="md" data-testid="plan-review">
      <Text fw={600}>{current.title}</Text>
      {current.warnings.map((w) => (
        <Alert key={w} color="yellow" icon={<IconAlertTriangle size={16} />}>
          {w}
        </Alert>
      ))}
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {current.steps.map((step, index) => {
          const done = result?.completedStepIds.includes(step.id) || step.alreadyDone;
          const isFailed = result?.failedStepId === step.id;
          return (
            <li key={step.id}>
              <Paper withBorder p="sm" data-testid="plan-step">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" color={isFailed ? 'red' : done ? 'teal' : 'gray'} radius="xl" size="sm">
                    {done ? <IconCheck size={14} /> : <Text size="xs">{index + 1}</Text>}
                  </ThemeIcon>
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Code>{step.call}</Code>
                      <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                        {step.target}
                      </Text>
                      {step.alreadyDone && <Badge variant="light" color="gray">already done</Badge>}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {step.summary}
                    </Text>
                    {step.document && (
                      <Spoiler maxHeight={120} showLabel="Show the whole document" hideLabel="Hide">
                        <Code block>{step.document}</Code>
                      </Spoiler>
                    )}
                  </Stack>
                </Group>
              </Paper>
            </li>
          );
        })}
      </Stack>
      {(running || progress) && progress && (
        <Stack gap={4}>
          <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} animated={running} aria-label="Plan progress" />
          <Text size="sm" c="dimmed">
            {progress.done} of {progress.total} · {progress.label}
          </Text>
        </Stack>
      )}
      {error && <ErrorAlert error={error} title="The plan could not be applied" />}
      {failed && result.error && (
        <ErrorAlert error={result.error} title={result.message} />
      )}
      {finished && (
        <Alert color="teal" icon={<IconCheck size={16} />} data-testid="plan-result">
          {result.message}
        </Alert>
      )}
      {!finished && (
        <Group>
          {!failed ? (
            <Button color={destructive ? 'red' : undefined} leftSection={<IconPlayerPlay size={16} />} loading={running} onClick={() => void apply(current)}>
              {applyLabel}
            </Button>
          ) : (
            <>
              <Button leftSection={<IconRotate size={16} />} loading={running} onClick={() => void apply(current)}>
                Retry from the failed step
              </Button>
              {result.rollback && (
                <Button color="red" variant="light" leftSection={<IconArrowBackUp size={16} />} disabled={running} onClick={() => void rollBack(result.rollback!)}>
                  Roll back {plural(result.completedStepIds.length, 'completed step')}
                </Button>
              )}
            </>
          )}
        </Group>
      )}
    </Stack>
  );
}
