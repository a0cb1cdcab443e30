import { ListAccountAssignmentsCommand, ListInstancesCommand, ListPermissionSetsCommand, DescribePermissionSetCommand, ListManagedPoliciesInPermissionSetCommand } from '@aws-sdk/client-sso-admin';
import { ListAccountsCommand } from '@aws-sdk/client-organizations';
import { ListGroupsCommand } from '@aws-sdk/client-identitystore';
import { test, expect } from './fixtures/app-fixture';

test('an admin sees the instance, creates a permission set with a managed policy and assigns it to a group', async ({ app }) => {
  const { page, clients } = app;
  const [instance] = (await clients.ssoAdmin.send(new ListInstancesCommand({}))).Instances ?? [];
  const production = (await clients.organizations.send(new ListAccountsCommand({}))).Accounts!.find((a) => a.Name === 'Meridian Labs Production')!;

  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-center`);

  // The instance and the seeded permission sets.
  const summary = page.getByTestId('instance-summary');
  await expect(summary.getByLabel('Identity store id', { exact: true })).toHaveText(instance!.IdentityStoreId!);
  await expect(summary.getByLabel('Region', { exact: true })).toHaveText(app.sandbox.region);
  const sets = page.getByRole('table');
  for (const name of ['AdministratorAccess', 'DeveloperAccess', 'ReadOnlyAccess']) await expect(sets.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(sets.getByRole('row').filter({ hasText: 'DeveloperAccess' })).toContainText('inline');
  await page.getByLabel('Filter permission sets').fill('audit');
  await expect(sets.getByRole('row').filter({ hasText: 'ReadOnlyAccess' })).toBeVisible();
  await expect(sets.getByText('AdministratorAccess', { exact: true })).toHaveCount(0);
  await page.getByLabel('Filter permission sets').fill('');
  await page.screenshot({ path: 'test-results/screens/identity-center-permission-sets.png', fullPage: true });

  // Create a permission set; the name rule is checked before any call.
  await page.getByRole('button', { name: 'New permission set' }).click();
  await page.getByLabel('Name').fill('Billing Audit');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await expect(page.getByText('Use letters, digits and + = , . @ _ - only (no spaces).')).toBeVisible();
  await page.getByLabel('Name').fill('BillingAudit');
  await page.getByLabel('Description').fill('Read the bills, change nothing.');
  await page.getByLabel('Session duration (hours)').fill('4');
  await page.getByRole('combobox', { name: 'AWS managed policies' }).fill('job-function/Bill');
  await page.getByRole('option', { name: 'job-function/Billing', exact: true }).click();
  await page.getByLabel('Inline policy (optional)').fill('{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"aws-portal:Modify*","Resource":"*"}]}');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  const plan = page.getByTestId('plan-review');
  await expect(plan.getByTestId('plan-step')).toHaveCount(3);
  await expect(plan).toContainText('sso:CreatePermissionSet');
  await expect(plan).toContainText('"SessionDuration": "PT4H"');
  await expect(plan).toContainText('sso:AttachManagedPolicyToPermissionSet');
  await expect(plan).toContainText('sso:PutInlinePolicyToPermissionSet');
  await page.getByRole('button', { name: 'Create permission set BillingAudit' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  await page.screenshot({ path: 'test-results/screens/identity-center-created.png', fullPage: true });

  const arns = (await clients.ssoAdmin.send(new ListPermissionSetsCommand({ InstanceArn: instance!.InstanceArn }))).PermissionSets ?? [];
  const described = await Promise.all(arns.map((arn) => clients.ssoAdmin.send(new DescribePermissionSetCommand({ InstanceArn: instance!.InstanceArn, PermissionSetArn: arn }))));
  const created = described.find((d) => d.PermissionSet?.Name === 'BillingAudit')!.PermissionSet!;
  expect(created.SessionDuration).toBe('PT4H');
  const policies = await clients.ssoAdmin.send(new ListManagedPoliciesInPermissionSetCommand({ InstanceArn: instance!.InstanceArn, PermissionSetArn: created.PermissionSetArn }));
  expect(policies.AttachedManagedPolicies?.map((p) => p.Arn)).toEqual(['arn:aws:iam::aws:policy/job-function/Billing']);

  // Assign it to the Auditors group in the production account.
  await page.getByRole('button', { name: 'Assign it to users or groups' }).click();
  await page.getByRole('combobox', { name: 'Permission set' }).click();
  await page.getByRole('option', { name: 'BillingAudit' }).click();
  await page.getByRole('checkbox', { name: `Meridian Labs Production (${production.Id})` }).check();
  await page.getByRole('checkbox', { name: 'Auditors' }).check();
  await page.screenshot({ path: 'test-results/screens/identity-center-assign-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Review 1 assignment' }).click();
  await expect(plan.getByTestId('plan-step')).toHaveCount(1);
  await expect(plan).toContainText(`group "Auditors" → BillingAudit in Meridian Labs Production (${production.Id})`);
  await page.getByRole('button', { name: 'Create the assignments' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  await page.screenshot({ path: 'test-results/screens/identity-center-assigned.png', fullPage: true });

  const auditors = (await clients.identityStore.send(new ListGroupsCommand({ IdentityStoreId: instance!.IdentityStoreId }))).Groups!.find((g) => g.DisplayName === 'Auditors')!;
  const assignments = await clients.ssoAdmin.send(new ListAccountAssignmentsCommand({ InstanceArn: instance!.InstanceArn, AccountId: production.Id, PermissionSetArn: created.PermissionSetArn }));
  expect(assignments.AccountAssignments).toEqual([{ AccountId: production.Id, PermissionSetArn: created.PermissionSetArn, PrincipalType: 'GROUP', PrincipalId: auditors.GroupId }]);

  // The account's assignments list shows it.
  await page.getByRole('button', { name: 'See the assignments' }).click();
  await page.getByRole('combobox', { name: 'Account' }).click();
  await page.getByRole('option', { name: `Meridian Labs Production (${production.Id})` }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'BillingAudit' }).filter({ hasText: 'Auditors' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/identity-center-assignments.png', fullPage: true });
  // Every permission set provisioned to the management account, with names resolved.
  const management = (await clients.organizations.send(new ListAccountsCommand({}))).Accounts!.find((a) => a.Name === 'Meridian Labs Management')!;
  await page.getByRole('combobox', { name: 'Account' }).click();
  await page.getByRole('option', { name: `Meridian Labs Management (${management.Id})` }).click();
  await expect(rows.filter({ hasText: 'AdministratorAccess' }).filter({ hasText: 'Platform Admins' })).toBeVisible();
  await expect(rows.filter({ hasText: 'BillingAudit' })).toHaveCount(0);
});

test('deleting an assigned permission set is explained, and removing an assignment waits for Identity Center', async ({ app }) => {
  const { page, clients } = app;
  const [instance] = (await clients.ssoAdmin.send(new ListInstancesCommand({}))).Instances ?? [];
  const management = (await clients.organizations.send(new ListAccountsCommand({}))).Accounts!.find((a) => a.Name === 'Meridian Labs Management')!;
  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-center`);

  // AWS refuses to delete a permission set that is still provisioned; the plan warns and the failure says what to do.
  await page.getByRole('button', { name: 'Delete ReadOnlyAccess' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('AWS refuses to delete it (ConflictException) until every assignment of it is removed');
  await dialog.getByRole('button', { name: 'Delete permission set ReadOnlyAccess' }).click();
  await expect(dialog.getByRole('alert', { name: /Stopped at/ })).toContainText('Remove every assignment of ReadOnlyAccess');
  await expect(dialog.getByRole('alert', { name: /Stopped at/ })).toContainText('AWS code: ConflictException');
  await page.screenshot({ path: 'test-results/screens/identity-center-delete-conflict.png' });
  await page.keyboard.press('Escape');

  // Remove one assignment from the management account's list.
  await page.getByRole('tab', { name: 'Assignments' }).click();
  await expect(page.getByRole('combobox', { name: 'Account' })).toHaveValue(`Meridian Labs Management (${management.Id})`);
  const row = page.getByRole('table').getByRole('row').filter({ hasText: 'ReadOnlyAccess' }).filter({ hasText: 'Auditors' });
  await row.getByRole('button', { name: 'Remove ReadOnlyAccess from Auditors' }).click();
  await expect(dialog).toContainText('sso:DeleteAccountAssignment');
  await dialog.getByRole('button', { name: 'Remove ReadOnlyAccess from Auditors' }).click();
  await expect(dialog.getByTestId('plan-result')).toContainText('done');
  await page.screenshot({ path: 'test-results/screens/identity-center-removed.png' });
  await page.keyboard.press('Escape');
  await expect(row).toHaveCount(0);

  const sets = (await clients.ssoAdmin.send(new ListPermissionSetsCommand({ InstanceArn: instance!.InstanceArn }))).PermissionSets ?? [];
  const readOnly = (await Promise.all(sets.map((arn) => clients.ssoAdmin.send(new DescribePermissionSetCommand({ InstanceArn: instance!.InstanceArn, PermissionSetArn: arn }))))).find((d) => d.PermissionSet?.Name === 'ReadOnlyAccess')!.PermissionSet!;
  const auditors = (await clients.identityStore.send(new ListGroupsCommand({ IdentityStoreId: instance!.IdentityStoreId }))).Groups!.find((g) => g.DisplayName === 'Auditors')!;
  const left = await clients.ssoAdmin.send(new ListAccountAssignmentsCommand({ InstanceArn: instance!.InstanceArn, AccountId: management.Id, PermissionSetArn: readOnly.PermissionSetArn }));
  expect(left.AccountAssignments?.some((a) => a.PrincipalId === auditors.GroupId)).toBe(false);
  expect(sets).toHaveLength(3);
});
