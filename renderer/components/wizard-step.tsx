import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Plan } from '../../shared/model/plan';
import { PlanReview } from './plan-review';

/** One numbered step of a wizard: a bordered card with its title above its fields. */
export function WizardStep({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A wizard's last step, "N. Review and apply": the plan and its apply button, then what to do next. */
export function ReviewAndApplyStep({ step, plan, applyLabel, onFinished, children }: { step: number; plan: Plan; applyLabel: string; onFinished: () => void; children?: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">{`${step}. Review and apply`}</Title>
      {/* Keyed by plan so a new plan starts its review afresh rather than showing the last run. */}
      <PlanReview key={plan.id} plan={plan} applyLabel={applyLabel} onFinished={onFinished} />
      {children}
    </Paper>
  );
}

/** The button at the end of a wizard's last form step that asks the service for the plan. */
export function ReviewPlanButton({ onClick, loading }: { onClick: () => void; loading: boolean }): ReactNode {
  return (
    <Group>
      <Button onClick={onClick} loading={loading}>
        Review the plan
      </Button>
    </Group>
  );
}
