import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Plan } from '../../shared/model/plan';
import { PlanReview } from './plan-review';

interface PlanReviewPageProps {
  readonly back: ReactNode;
  readonly title: string;
  readonly intro: ReactNode;
  readonly plan: Plan;
  readonly applyLabel: string;
  readonly onFinished: () => void;
  readonly maw: number;
  /** The buttons under the plan: going back to change it, or where to go once it is applied. */
  readonly children: ReactNode;
}

/** A wizard's review screen: back link, title, what applying does, the plan, then the next steps. */
export function PlanReviewPage({ back, title, intro, plan, applyLabel, onFinished, maw, children }: PlanReviewPageProps): ReactNode {
  return (
    <Stack maw={maw}>
      {back}
      <Title order={3}>{title}</Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <PlanReview plan={plan} applyLabel={applyLabel} onFinished={onFinished} />
      <Group>{children}</Group>
    </Stack>
  );
}
