import { Tabs } from '@mantine/core';
import { IconChartBar, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ConnectedPage } from '../../components/connected-page';
import type { PageProps } from '../../app/routes';
import { navigate } from '../../app/use-hash-route';
import { EnrollMfaWizard } from './enroll-mfa-wizard';
import { MfaAuditPanel } from './mfa-audit-panel';
import { MfaUsersPanel } from './mfa-users-panel';
import { UnassignedDevicesBanner } from './unassigned-devices-banner';

/** The MFA section: users and their devices, enrollment, and the coverage audit. */
export function MfaPage({ subpath }: PageProps): ReactNode {
  const [view, user] = subpath;
  if (view === 'enroll' && user) {
    return (
      <ConnectedPage title={`Enroll an MFA device for ${user}`} description="Create a virtual MFA device, scan it with the user's authenticator and confirm two consecutive codes.">
        <EnrollMfaWizard userName={user} />
      </ConnectedPage>
    );
  }
  const tab = view === 'audit' ? 'audit' : 'users';
  return (
    <ConnectedPage title="MFA" description="Put MFA on people: enroll virtual devices, manage them, and find who can still get in without MFA.">
      <UnassignedDevicesBanner />
      <Tabs value={tab} onChange={(value) => navigate('mfa', value === 'audit' ? 'audit' : 'users')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} />}>
            Users and devices
          </Tabs.Tab>
          <Tabs.Tab value="audit" leftSection={<IconChartBar size={16} />}>
            Coverage audit
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <MfaUsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <MfaAuditPanel />
        </Tabs.Panel>
      </Tabs>
    </ConnectedPage>
  );
}
