import { randomUUID } from 'node:crypto';
import type { Plan, PlanResult, PlanStep } from '../../../shared/model/plan';
import { PortcullisError } from '../core/portcullis-error';
import type { EventSink, JournalWriter } from '../core/ports';

/** How to carry out one plan step, and how to undo it once done. */
export interface StepExecutor {
  run(): Promise<void>;
  /** The step that reverses this one, for the rollback plan; absent when nothing to undo. */
  undo?: { step: Omit<PlanStep, 'id' | 'alreadyDone'>; run(): Promise<void> };
}

/** Where the journal lines of a plan are attributed. */
export interface PlanJournalContext {
  area: string;
  accountId?: string;
  accountAlias?: string | null;
  connectionLabel?: string;
}

interface RegisteredPlan {
  plan: Plan;
  executors: ReadonlyMap<string, StepExecutor>;
  completed: Set<string>;
  journal: PlanJournalContext;
  running: boolean;
}

/**
 * Holds the plans wizards propose until the user applies them. Applying runs the steps in
 * order with progress events and a journal line per step; a failure stops the plan, keeps what
 * was completed (a retry skips it) and offers a rollback plan for it.
 */
export class PlanRegistry {
  private readonly plans = new Map<string, RegisteredPlan>();

  constructor(
    private readonly events: EventSink,
    private readonly journal: JournalWriter,
  ) {}

  /** Stores a plan with its executors (keyed by step id) and returns it with its id. */
  register(draft: Omit<Plan, 'id'>, executors: ReadonlyMap<string, StepExecutor>, journal: PlanJournalContext): Plan {
    const plan: Plan = { ...draft, id: randomUUID() };
    for (const step of plan.steps) {
      if (!step.alreadyDone && !executors.has(step.id)) throw new Error(`plan step ${step.id} has no executor`);
    }
    this.plans.set(plan.id, { plan, executors, completed: new Set(), journal, running: false });
    return plan;
  }

  get(planId: string): Plan | undefined {
    return this.plans.get(planId)?.plan;
  }

  /** Applies (or retries) a plan; completed steps from an earlier attempt are skipped. */
  async apply(planId: string, operationId?: string): Promise<PlanResult> {
    const entry = this.plans.get(planId);
    if (!entry) {
      throw new PortcullisError('NOT_FOUND', 'This plan is no longer available.', {
        remedy: 'Go back one step and review the plan again.',
      });
    }
    if (entry.running) throw new PortcullisError('CONFLICT', 'This plan is already being applied.');
    entry.running = true;
    try {
      return await this.run(entry, operationId ?? planId);
    } finally {
      entry.running = false;
    }
  }

  private async run(entry: RegisteredPlan, operationId: string): Promise<PlanResult> {
    const { plan } = entry;
    const total = plan.steps.length;
    const skipped = plan.steps.filter((s) => s.alreadyDone).map((s) => s.id);
    const progress = (done: number, status: 'running' | 'succeeded' | 'failed', label: string, detail?: string): void =>
      this.events.emit('progress', { operationId, label, done, total, status, ...(detail ? { detail } : {}) });

    if (plan.steps.every((s) => s.alreadyDone)) {
      progress(total, 'succeeded', plan.title, 'Everything is already in the wanted state.');
      return { planId: plan.id, outcome: 'no-change', completedStepIds: [], skippedStepIds: skipped, message: 'Nothing to change: everything is already in the wanted state.' };
    }
    let done = 0;
    for (const step of plan.steps) {
      if (step.alreadyDone || entry.completed.has(step.id)) {
        done += 1;
        continue;
      }
      progress(done, 'running', step.summary);
      try {
        await entry.executors.get(step.id)!.run();
      } catch (error) {
        const failure = error instanceof PortcullisError ? error : new PortcullisError('INTERNAL', String(error));
        this.journal.append({ ...this.journalBase(entry), action: step.call, target: step.target, outcome: 'failed', summary: `${step.summary}: ${failure.message}`, planId: plan.id });
        progress(done, 'failed', step.summary, failure.message);
        const rollback = this.rollbackFor(entry);
        const completedStepIds = plan.steps.filter((s) => entry.completed.has(s.id)).map((s) => s.id);
        return {
          planId: plan.id,
          outcome: 'failed',
          completedStepIds,
          skippedStepIds: skipped,
          failedStepId: step.id,
          error: failure.toApiError(),
          ...(rollback ? { rollback } : {}),
          message: completedStepIds.length
            ? `Stopped at "${step.summary}". ${completedStepIds.length} step(s) were completed: retry to continue from here, or roll them back.`
            : `Stopped at "${step.summary}". Nothing was changed.`,
        };
      }
      entry.completed.add(step.id);
      done += 1;
      this.journal.append({ ...this.journalBase(entry), action: step.call, target: step.target, outcome: 'succeeded', summary: step.summary, planId: plan.id });
    }
    progress(total, 'succeeded', plan.title);
    return {
      planId: plan.id,
      outcome: 'applied',
      completedStepIds: plan.steps.filter((s) => entry.completed.has(s.id)).map((s) => s.id),
      skippedStepIds: skipped,
      message: `${plan.title}: done.`,
    };
  }

  private rollbackFor(entry: RegisteredPlan): Plan | undefined {
    const undoable = entry.plan.steps.filter((s) => entry.completed.has(s.id) && entry.executors.get(s.id)?.undo).reverse();
    if (!undoable.length) return undefined;
    const executors = new Map<string, StepExecutor>();
    const steps: PlanStep[] = undoable.map((s, i) => {
      const undo = entry.executors.get(s.id)!.undo!;
      const id = `undo-${i + 1}`;
      executors.set(id, { run: undo.run });
      return { ...undo.step, id, alreadyDone: false };
    });
    return this.register({ title: `Roll back: ${entry.plan.title}`, steps, warnings: [] }, executors, entry.journal);
  }

  private journalBase(entry: RegisteredPlan): { area: string; accountId?: string; accountAlias?: string | null; connectionLabel?: string } {
    return { ...entry.journal };
  }
}
