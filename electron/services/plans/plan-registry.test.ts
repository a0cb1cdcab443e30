import { describe, expect, it } from 'vitest';
import { EventHub } from '../core/event-hub';
import { JournalService } from '../journal/journal-service';
import { PortcullisError } from '../core/portcullis-error';
import { PlanRegistry, type StepExecutor } from './plan-registry';
import type { ProgressEvent } from '../../../shared/contract/events';

function setup() {
  const events = new EventHub();
  const progress: ProgressEvent[] = [];
  events.subscribe((name, payload) => name === 'progress' && progress.push(payload as ProgressEvent));
  const journal = new JournalService(null, { now: () => new Date('2026-01-01T00:00:00Z') }, events);
  return { registry: new PlanRegistry(events, journal), journal, progress };
}

const step = (id: string, alreadyDone = false) => ({ id, call: `iam:${id}`, target: id, summary: `do ${id}`, alreadyDone });

describe('PlanRegistry', () => {
  it('applies steps in order with progress and a journal line each', async () => {
    const { registry, journal, progress } = setup();
    const order: string[] = [];
    const exec = (id: string): StepExecutor => ({ run: async () => void order.push(id) });
    const plan = registry.register({ title: 'Create role', steps: [step('a'), step('b')], warnings: [] }, new Map([['a', exec('a')], ['b', exec('b')]]), { area: 'iam.role' });
    const result = await registry.apply(plan.id, 'op1');
    expect(result).toMatchObject({ outcome: 'applied', completedStepIds: ['a', 'b'] });
    expect(order).toEqual(['a', 'b']);
    expect(journal.list({ limit: 10 }).entries.map((e) => e.action)).toEqual(['iam:b', 'iam:a']);
    expect(progress.at(-1)).toMatchObject({ operationId: 'op1', done: 2, total: 2, status: 'succeeded' });
  });

  it('is a no-op when every step is already done', async () => {
    const { registry, journal } = setup();
    const plan = registry.register({ title: 'Create role', steps: [step('a', true)], warnings: [] }, new Map(), { area: 'iam.role' });
    expect((await registry.apply(plan.id)).outcome).toBe('no-change');
    expect(journal.list({ limit: 10 }).total).toBe(0);
  });

  it('stops at a failure, retries from there, and offers a rollback of what was done', async () => {
    const { registry } = setup();
    let failB = true;
    const undone: string[] = [];
    const executors = new Map<string, StepExecutor>([
      ['a', { run: async () => undefined, undo: { step: { call: 'iam:DeleteRole', target: 'a', summary: 'undo a' }, run: async () => void undone.push('a') } }],
      ['b', { run: async () => { if (failB) throw new PortcullisError('LIMIT_EXCEEDED', 'too many'); } }],
    ]);
    const plan = registry.register({ title: 'Two steps', steps: [step('a'), step('b')], warnings: [] }, executors, { area: 'iam.role' });
    const failed = await registry.apply(plan.id);
    expect(failed).toMatchObject({ outcome: 'failed', failedStepId: 'b', completedStepIds: ['a'], error: { code: 'LIMIT_EXCEEDED' } });
    expect(failed.rollback?.steps.map((s) => s.call)).toEqual(['iam:DeleteRole']);

    const rolledBack = await registry.apply(failed.rollback!.id);
    expect(rolledBack.outcome).toBe('applied');
    expect(undone).toEqual(['a']);

    failB = false;
    const retried = await registry.apply(plan.id);
    expect(retried).toMatchObject({ outcome: 'applied', completedStepIds: ['a', 'b'] });
  });

  it('refuses plans it does not know', async () => {
    const { registry } = setup();
    await expect(registry.apply('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
