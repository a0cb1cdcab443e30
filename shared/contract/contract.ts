import type { z } from 'zod';
import type { Envelope } from './errors';
import { appMethods } from './methods/app-methods';
import { connectionMethods } from './methods/connection-methods';
import { journalMethods } from './methods/journal-methods';
import { planMethods } from './methods/plan-methods';
import { identityCenterMethods } from './methods/identity-center-methods';
import { mfaMethods } from './methods/mfa-methods';
import { groupMethods } from './methods/group-methods';
import { samlMethods } from './methods/saml-methods';
import { roleMethods } from './methods/role-methods';

/**
 * The whole API between the renderer and the backend: method name (`domain.verb`) to its
 * argument and result schemas. Both hosts, the preload and the renderer client derive from it.
 */
export const contract = {
  ...appMethods,
  ...connectionMethods,
  ...journalMethods,
  ...planMethods,
  ...identityCenterMethods,
  ...mfaMethods,
  ...groupMethods,
  ...samlMethods,
  ...roleMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type ArgsIn<M extends MethodName> = z.input<Contract[M]['args']>;
/** What the implementation receives after parsing (defaults filled). */
export type ArgsOut<M extends MethodName> = z.output<Contract[M]['args']>;
/** What the caller receives. */
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;
/** What an implementation may return (parsed, stripped of unknown keys, before it leaves). */
export type ResultIn<M extends MethodName> = z.input<Contract[M]['result']>;

export const methodNames = Object.keys(contract) as MethodName[];

/** Narrows an untrusted string to a known method name. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The API as the renderer sees it: one async function per contract method. */
export type PortcullisApi = {
  readonly [M in MethodName]: (args: ArgsIn<M>) => Promise<Envelope<ResultOf<M>>>;
};
