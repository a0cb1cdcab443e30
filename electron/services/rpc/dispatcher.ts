import type { z } from 'zod';
import { contract, isMethodName } from '../../../shared/contract/contract';
import type { Envelope } from '../../../shared/contract/errors';
import { PortcullisError } from '../core/portcullis-error';
import type { Logger } from '../core/ports';
import type { CallContext, Implementations } from './implementations';

/** Calls a contract method by name with untrusted arguments, as both hosts do. */
export type Dispatch = (method: string, rawArgs: unknown, call: CallContext) => Promise<Envelope<unknown>>;

/**
 * Builds the one dispatcher both hosts use: it rejects unknown methods, parses arguments with
 * the contract, runs the implementation, and parses the result with the contract so nothing
 * outside the schema (a secret included) can leave the backend.
 */
export function createDispatcher(implementations: Implementations, logger: Logger): Dispatch {
  return async (method, rawArgs, call) => {
    if (!isMethodName(method)) {
      return fail(new PortcullisError('UNKNOWN_METHOD', `There is no method named "${String(method).slice(0, 100)}".`));
    }
    const spec = contract[method];
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) return fail(invalidArguments(method, parsed.error));
    try {
      const implementation = implementations[method] as (args: unknown, call: CallContext) => unknown;
      const value = await implementation(parsed.data, call);
      const result = spec.result.safeParse(value);
      if (!result.success) {
        logger.error('result does not match the contract', { method, issues: result.error.issues.slice(0, 5).map((i) => i.path.join('.')) });
        return fail(new PortcullisError('INTERNAL', `The backend returned an unexpected result for ${method}.`));
      }
      return { ok: true, value: result.data };
    } catch (error) {
      if (error instanceof PortcullisError) return fail(error);
      logger.error('unexpected failure', { method, error: error instanceof Error ? error.message : String(error) });
      return fail(new PortcullisError('INTERNAL', `Something went wrong in ${method}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
}

function fail(error: PortcullisError): Envelope<never> {
  return { ok: false, error: error.toApiError() };
}

function invalidArguments(method: string, error: z.ZodError): PortcullisError {
  const first = error.issues[0];
  const detail = error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return new PortcullisError('INVALID_ARGUMENT', `Invalid arguments for ${method}: ${detail}`, {
    field: first && first.path.length ? first.path.join('.') : undefined,
  });
}
