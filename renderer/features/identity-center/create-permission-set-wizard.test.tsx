import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApi } from '../../test-support/render-with-api';
import { CreatePermissionSetWizard } from './create-permission-set-wizard';

const instance = { instanceArn: 'arn:aws:sso:::instance/ssoins-1111222233334444', identityStoreId: 'd-1234567890', region: 'eu-west-1' };

const renderWizard = (answer: (method: string, args: any) => unknown) => renderWithApi(<CreatePermissionSetWizard instance={instance} />, answer);

const policies = { ok: true, value: [{ name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', path: '/' }] };

afterEach(cleanup);

describe('CreatePermissionSetWizard', () => {
  it('shows the name rule next to the field and makes no plan call for a name with spaces', async () => {
    const call = renderWizard(() => policies);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Billing Audit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(await screen.findByText('Use letters, digits and + = , . @ _ - only (no spaces).')).toBeTruthy();
    expect(call.mock.calls.map(([method]) => method)).not.toContain('identityCenter.planCreatePermissionSet');
  });

  it('shows an invalid inline policy next to its field', async () => {
    const call = renderWizard(() => policies);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'BillingAudit' } });
    fireEvent.change(screen.getByLabelText('Inline policy (optional)'), { target: { value: '{"Statement": [' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(await screen.findByText(/The inline policy is not valid JSON/)).toBeTruthy();
    expect(call.mock.calls.map(([method]) => method)).not.toContain('identityCenter.planCreatePermissionSet');
  });

  it('puts a name conflict reported by the service on the name field', async () => {
    renderWizard((method) =>
      method === 'identityCenter.planCreatePermissionSet'
        ? { ok: false, error: { code: 'ALREADY_EXISTS', message: 'A permission set named BillingAudit already exists in this instance.', remedy: 'Choose another name.', retryable: false, field: 'input.name' } }
        : policies,
    );
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'billingaudit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review the plan' }));
    await waitFor(() => expect(screen.getByText(/already exists in this instance\. Choose another name\./)).toBeTruthy());
  });
});
