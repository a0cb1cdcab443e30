import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { credentialReportCsv } from './credential-report-csv';

/** A report can be regenerated once it is this old; after that GetCredentialReport says it expired. */
const REPORT_LIFETIME_MS = 4 * 3600_000;
/** Generation takes a moment, so callers really see STARTED/INPROGRESS before COMPLETE. */
export const REPORT_GENERATION_MS = 1000;

/** Credential report: generate asynchronously, then fetch as base64 CSV. */
export const credentialReportOperations: ServiceOperations = {
  GenerateCredentialReport(_input: unknown, ctx, state) {
    const current = state.iam.security.credentialReport;
    const now = ctx.now.getTime();
    if (current && now - new Date(current.startedAt).getTime() < REPORT_LIFETIME_MS) {
      if (now < new Date(current.completeAt).getTime()) return { State: 'INPROGRESS', Description: 'Report generation in progress.' };
      return { State: 'COMPLETE' };
    }
    state.iam.security.credentialReport = {
      startedAt: ctx.now.toISOString(),
      completeAt: new Date(now + REPORT_GENERATION_MS).toISOString(),
      content: credentialReportCsv(state, ctx.now),
    };
    return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' };
  },

  GetCredentialReport(_input: unknown, ctx, state) {
    const report = state.iam.security.credentialReport;
    if (!report) throw new AwsError('ReportNotPresent', 'Credential report not present. Use GenerateCredentialReport to generate a report.', 410);
    const now = ctx.now.getTime();
    if (now < new Date(report.completeAt).getTime()) throw new AwsError('ReportInProgress', 'Credential report is being generated.', 404);
    if (now - new Date(report.startedAt).getTime() >= REPORT_LIFETIME_MS) {
      throw new AwsError('ReportExpired', 'Credential report has expired. Use GenerateCredentialReport to generate a new report.', 410);
    }
    return { Content: Buffer.from(report.content, 'utf8'), ReportFormat: 'text/csv', GeneratedTime: new Date(report.completeAt) };
  },
};
