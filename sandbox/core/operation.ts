import type { SandboxState } from './state';

/** Who signed the request, as the sandbox's authorizer and GetCallerIdentity see it. */
export interface Principal {
  readonly kind: 'root' | 'user' | 'user-session' | 'role-session' | 'federated-session';
  readonly arn: string;
  readonly accountId: string;
  /** Unique id as GetCallerIdentity reports it (AIDA…, AROA…:session, account id for root). */
  readonly userId: string;
  readonly accessKeyId: string;
  /** IAM user name for 'user' and 'user-session'. */
  readonly userName?: string;
  /** Role name for 'role-session' and 'federated-session'. */
  readonly roleName?: string;
  /** True when the credentials came from an MFA-authenticated GetSessionToken/AssumeRole. */
  readonly mfaAuthenticated: boolean;
  /** ISO time of the MFA authentication, for aws:MultiFactorAuthAge. */
  readonly mfaAuthTime?: string;
  /** True for temporary credentials (ASIA…). */
  readonly temporary: boolean;
}

/** Everything a handler may know about the request besides its input. */
export interface RequestContext {
  readonly requestId: string;
  /** The sandbox clock (real time plus any injected offset). */
  readonly now: Date;
  readonly accountId: string;
  readonly region: string;
  /** null only for unsigned operations (AssumeRoleWithSAML). */
  readonly principal: Principal | null;
  readonly sourceIp: string;
}

/**
 * One AWS operation. `input` is already deserialized by the protocol layer following the
 * official model (lists are arrays, integers numbers, booleans booleans, timestamps Date,
 * blobs Buffer) and already validated against the model's constraints. The handler returns a
 * plain object shaped like the model's output shape (member names exactly as in the model;
 * timestamps as Date; blobs as Buffer), or throws AwsError. Handlers mutate `state` in place;
 * the server persists it after a successful mutating call.
 */
export type OperationHandler = (input: any, ctx: RequestContext, state: SandboxState) => unknown | Promise<unknown>;

export interface ServiceOperations {
  readonly [operationName: string]: OperationHandler;
}
