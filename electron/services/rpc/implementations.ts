import type { ArgsOut, MethodName, ResultIn } from '../../../shared/contract/contract';

/** Per-call facts the host knows, passed to every implementation. */
export interface CallContext {
  readonly host: 'desktop' | 'browser';
}

/** The service function behind one contract method. */
export type Implementation<M extends MethodName> = (args: ArgsOut<M>, call: CallContext) => Promise<ResultIn<M>> | ResultIn<M>;

/** One implementation per contract method; a missing one is a type error. */
export type Implementations = { readonly [M in MethodName]: Implementation<M> };

/** A slice of the implementations, as each service area provides it. */
export type ImplementationSlice<K extends MethodName> = { readonly [M in K]: Implementation<M> };
