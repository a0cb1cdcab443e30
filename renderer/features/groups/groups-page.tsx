import type { ReactNode } from 'react';
import { ConnectedPage } from '../../components/connected-page';
import type { PageProps } from '../../app/routes';
import { EnforceMfaWizard } from './enforce-mfa-wizard';
import { GroupsTable } from './groups-table';

/** The Groups section: IAM groups, the MFA policies on them, and enforcing or removing MFA. */
export function GroupsPage({ subpath }: PageProps): ReactNode {
  const [view, group] = subpath;
  if (view === 'enforce' && group) {
    return (
      <ConnectedPage title={`Require MFA for ${group}`} description="Choose a policy template, preview who it affects, then apply it as a plan.">
        <EnforceMfaWizard groupName={group} />
      </ConnectedPage>
    );
  }
  return (
    <ConnectedPage title="Groups" description="IAM groups and the MFA policies enforced on them. Put MFA on permissions by enforcing it on the groups that grant them.">
      <GroupsTable />
    </ConnectedPage>
  );
}
