import type { ServiceModel } from '../models/model-types';
import { AwsError } from './aws-error';
import { validationMessage } from './validate-input';

// Query services (IAM, STS) answer constraint failures with `ValidationError`. JSON services
// differ: SSO Admin and Identity Store model `ValidationException`, Organizations has none and
// uses `InvalidInputException`. The model says which one a service can return.
const jsonCandidates = ['ValidationException', 'InvalidInputException'] as const;

/** The error code a service answers input constraint failures with, as its model declares. */
export function validationErrorCode(model: ServiceModel): string {
  if (model.protocol === 'query') return 'ValidationError';
  return jsonCandidates.find((code) => model.shapes[code]?.error) ?? 'ValidationException';
}

/** The error for failed input constraints, in the service's own code and AWS's message format. */
export function validationError(model: ServiceModel, problems: readonly string[]): AwsError {
  const code = validationErrorCode(model);
  return new AwsError(code, validationMessage(problems), model.shapes[code]?.error?.status ?? 400);
}
