import type { ApiError, ErrorCode } from '../../../shared/contract/errors';

/** A failure a service raises on purpose, with a message and remedy a person can act on. */
export class PortcullisError extends Error {
  readonly code: ErrorCode;
  readonly remedy?: string;
  readonly retryable: boolean;
  readonly awsCode?: string;
  readonly requestId?: string;
  readonly field?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: { remedy?: string; retryable?: boolean; awsCode?: string; requestId?: string; field?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'PortcullisError';
    this.code = code;
    this.remedy = options.remedy;
    this.retryable = options.retryable ?? false;
    this.awsCode = options.awsCode;
    this.requestId = options.requestId;
    this.field = options.field;
  }

  /** The error as it crosses to the renderer. */
  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.remedy) error.remedy = this.remedy;
    if (this.awsCode) error.awsCode = this.awsCode;
    if (this.requestId) error.requestId = this.requestId;
    if (this.field) error.field = this.field;
    return error;
  }
}
