import type { IncomingHttpHeaders } from 'node:http';
import type { ServiceModel } from '../models/model-types';
import { serviceModels, type ServiceKey } from '../models/service-models';
import { AwsError } from './aws-error';
import { authenticate, credentialScope, type CredentialResolver } from './authenticate';
import type { FaultController } from './faults';
import { deserializeJsonInput, serializeJsonError, serializeJsonOutput } from './json-protocol';
import type { Principal, RequestContext, ServiceOperations } from './operation';
import { markShortPages } from './short-pages';
import { stateChanged } from './state-changes';
import { recordCredentialUse } from './record-credential-use';
import { deserializeQueryInput, serializeQueryError, serializeQueryOutput } from './query-protocol';
import type { SandboxState } from './state';
import { validateInput } from './validate-input';
import { validationError } from './validation-error';

export type Authorizer = (state: SandboxState, principal: Principal, service: string, operation: string, input: unknown, ctx: RequestContext) => unknown;

export interface PipelineDeps {
  state(): SandboxState;
  operations: Readonly<Record<ServiceKey, ServiceOperations>>;
  faults: FaultController;
  resolveCredentials: CredentialResolver;
  authorize: Authorizer;
  /** Called after a successful mutating operation, before the response is sent. */
  persist(state: SandboxState): void;
}

export interface RawRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  sourceIp: string;
  requestId: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Routed {
  service: ServiceKey;
  model: ServiceModel;
  protocol: 'query' | 'json';
  operation: string;
  params?: URLSearchParams;
}

const queryVersions: Record<string, ServiceKey> = { '2010-05-08': 'iam', '2011-06-15': 'sts' };

function route(req: RawRequest): Routed {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const dot = target.lastIndexOf('.');
    const prefix = target.slice(0, dot);
    const operation = target.slice(dot + 1);
    const entry = (Object.entries(serviceModels) as [ServiceKey, ServiceModel][]).find(([, m]) => m.targetPrefix === prefix);
    if (!entry) throw new AwsError('UnknownOperationException', `Unknown target ${target}`);
    if (!entry[1].operations[operation]) throw new AwsError('UnknownOperationException', '');
    return { service: entry[0], model: entry[1], protocol: 'json', operation };
  }
  const q = req.url.indexOf('?');
  const params = new URLSearchParams(req.body.toString('utf8'));
  if (q >= 0) for (const [k, v] of new URLSearchParams(req.url.slice(q + 1))) if (!params.has(k)) params.set(k, v);
  const operation = params.get('Action') ?? '';
  const version = params.get('Version') ?? '';
  const scopeService = credentialScope(req.headers)?.service;
  const service = queryVersions[version] ?? (scopeService === 'sts' ? 'sts' : scopeService === 'iam' ? 'iam' : undefined);
  if (!service) throw new AwsError('InvalidAction', `Could not find operation ${operation} for version ${version || 'NO_VERSION_SPECIFIED'}`);
  const model = serviceModels[service];
  if (!operation || !model.operations[operation]) {
    throw new AwsError('InvalidAction', `Could not find operation ${operation} for version ${version || model.apiVersion}`);
  }
  return { service, model, protocol: 'query', operation, params };
}

/** Operations that only read state; everything else is persisted after it succeeds. */
function isReadOnly(service: ServiceKey, operation: string): boolean {
  if (service === 'sts') return operation === 'GetCallerIdentity' || operation === 'GetAccessKeyInfo' || operation === 'DecodeAuthorizationMessage';
  return /^(Get|List|Describe|Simulate)/.test(operation) && operation !== 'GetCredentialReport';
}

function errorResponse(protocol: 'query' | 'json', xmlNamespace: string, error: AwsError, requestId: string): RawResponse {
  if (protocol === 'json') {
    return {
      status: error.status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.code },
      body: serializeJsonError(error),
    };
  }
  return { status: error.status, headers: { 'content-type': 'text/xml' }, body: serializeQueryError(xmlNamespace, error, requestId) };
}

function unexpected(protocol: 'query' | 'json', service: ServiceKey | undefined, e: unknown): AwsError {
  const message = e instanceof Error ? e.message : String(e);
  if (protocol === 'json') return new AwsError('InternalFailure', `The request processing has failed because of an unknown error. ${message}`, 500, 'Receiver');
  return new AwsError(service === 'iam' ? 'ServiceFailure' : 'InternalFailure', `The request processing has failed because of an unknown error. ${message}`, 500, 'Receiver');
}

/** Runs one request through routing, SigV4, faults, validation, authorization and the handler. */
export async function handleRequest(deps: PipelineDeps, req: RawRequest): Promise<RawResponse> {
  const protocol: 'query' | 'json' = typeof req.headers['x-amz-target'] === 'string' ? 'json' : 'query';
  let routed: Routed | undefined;
  const ns = (): string => routed?.model.xmlNamespace ?? serviceModels.iam.xmlNamespace ?? '';
  try {
    routed = route(req);
    const { service, model, operation } = routed;
    const opModel = model.operations[operation]!;
    const now = deps.faults.now();
    const state = deps.state();
    const signed = typeof req.headers['authorization'] === 'string';
    const principal = opModel.unsigned && !signed
      ? null
      : authenticate({ method: req.method, url: req.url, headers: req.headers, body: req.body, protocol }, state, now, deps.resolveCredentials);

    if (principal) recordCredentialUse(state, principal, service === 'sso' ? 'sso' : service, now);
    const { latencyMs, decision, shortPage } = deps.faults.decide(service, operation);
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    if (decision.kind === 'throttle') {
      throw protocol === 'query' ? new AwsError('Throttling', 'Rate exceeded', 400) : new AwsError('ThrottlingException', 'Rate exceeded', 400);
    }
    if (decision.kind === 'server-error') {
      throw protocol === 'query'
        ? new AwsError('ServiceUnavailable', 'Service is unavailable. Please try again later.', 503, 'Receiver')
        : new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500, 'Receiver');
    }

    const input = protocol === 'query'
      ? deserializeQueryInput(model, opModel.input, routed.params!)
      : deserializeJsonInput(model, opModel.input, req.body.toString('utf8'));
    const problems = validateInput(model, opModel.input, input);
    if (problems.length > 0) {
      throw validationError(model, problems);
    }
    const ctx: RequestContext = { requestId: req.requestId, now, accountId: state.account.accountId, region: state.account.region, principal, sourceIp: req.sourceIp };
    if (shortPage) markShortPages(ctx);
    if (principal && principal.kind !== 'root') deps.authorize(state, principal, service, operation, input, ctx);

    const handler = deps.operations[service][operation];
    if (!handler) {
      throw protocol === 'query'
        ? new AwsError('InvalidAction', `The action ${operation} is not valid for this web service.`)
        : new AwsError('UnknownOperationException', `The sandbox does not implement ${operation}.`);
    }
    const output = await handler(input, ctx, state);
    // Reads never serialize the state unless they changed it (Identity Center settling requests).
    if (!isReadOnly(service, operation) || stateChanged(ctx)) deps.persist(state);
    if (protocol === 'json') {
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: serializeJsonOutput(model, operation, output) };
    }
    return { status: 200, headers: { 'content-type': 'text/xml' }, body: serializeQueryOutput(model, operation, output, req.requestId) };
  } catch (e) {
    const error = e instanceof AwsError ? e : unexpected(protocol, routed?.service, e);
    if (!(e instanceof AwsError)) console.error(`sandbox: ${routed?.operation ?? 'request'} failed`, e);
    return errorResponse(protocol, ns(), error, req.requestId);
  }
}
