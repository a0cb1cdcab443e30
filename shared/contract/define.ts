import type { z } from 'zod';

/** One method of the contract: its argument and result schemas and what it does. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
  readonly summary: string;
  /** True when the method changes AWS or local state (hosts may log or confirm it). */
  readonly mutates?: boolean;
}

/** Declares a contract method; keeps the schemas' precise types for inference. */
export function method<A extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<A, R>): MethodSpec<A, R> {
  return spec;
}
