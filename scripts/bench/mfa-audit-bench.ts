import { IAMClient } from '@aws-sdk/client-iam';
import { startSandbox } from '../../sandbox/index';
import { runMfaAudit } from '../../electron/services/iam/mfa-audit-service';
import type { BenchFigure } from './bench-figure';

/** Runs the MFA coverage audit against a sandbox with the scale seed: AWS calls and time. */
export async function benchMfaAudit(): Promise<BenchFigure[]> {
  const sandbox = await startSandbox({ port: 0, statePath: null, seed: 'scale' });
  const iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1', maxAttempts: 5 });
  try {
    const report = await runMfaAudit(iam);
    return [
      { label: `audit users (${report.counts.users}) and groups (${report.groupCount})`, value: report.counts.users, unit: 'users' },
      { label: 'audit AWS calls', value: report.awsCalls, unit: 'calls', target: report.groupCount + 9 },
      { label: 'audit time', value: Math.round(report.durationMs), unit: 'ms' },
    ];
  } finally {
    iam.destroy();
    await sandbox.close();
  }
}
