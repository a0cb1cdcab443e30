import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EnforcementPreview } from '../../../shared/model/iam-group';
import { renderWithApi } from '../../test-support/render-with-api';
import { EnforceMfaWizard } from './enforce-mfa-wizard';

const preview: EnforcementPreview = {
  groupName: 'Admins',
  policyName: 'PortcullisRequireMFA',
  document: '{}',
  documentSize: 1129,
  inlineTotalAfter: 1129,
  inlineLimit: 5120,
  fits: true,
  members: [{ userName: 'me', arn: '', mfaDeviceCount: 1 }, { userName: 'terraform', arn: '', mfaDeviceCount: 0 }],
  membersWithoutMfa: ['terraform'],
  adminIsMember: true,
  adminHasMfaSession: false,
  blocker: 'You are a member of this group and signed in without MFA: this policy would lock you out. Start an MFA session on the Connections page first.',
  simulation: [{ action: 'iam:CreateUser', withMfa: 'allowed', withoutMfa: 'denied', mfaTooOld: 'allowed' }],
  warnings: [],
};

const renderWizard = (answer: (method: string, args: unknown) => unknown) => renderWithApi(<EnforceMfaWizard groupName="Admins" />, answer);

afterEach(cleanup);

describe('EnforceMfaWizard', () => {
  it('names members without MFA and will not plan while the admin would lock themselves out', async () => {
    const call = renderWizard(() => ({ ok: true, value: preview }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview impact' }));
    expect(await screen.findByText('You would lock yourself out')).toBeTruthy();
    expect(screen.getByText('terraform')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Review the plan' }) as HTMLButtonElement).disabled).toBe(true);
    expect(call.mock.calls[0]).toEqual(['groups.previewEnforcement', { groupName: 'Admins', template: { kind: 'require-mfa' }, mode: 'inline', policyName: 'PortcullisRequireMFA', simulateActions: [] }]);
  });

  it('asks for actions before previewing the chosen-actions template', async () => {
    const call = renderWizard(() => ({ ok: true, value: preview }));
    fireEvent.click(screen.getByLabelText('Require MFA for chosen actions'));
    fireEvent.click(screen.getByRole('button', { name: 'Preview impact' }));
    expect(await screen.findByText('Add at least one action that needs MFA, e.g. iam:*.')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });
});
