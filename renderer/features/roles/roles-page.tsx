import { Button, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { PageProps } from '../../app/routes';
import { navigate } from '../../app/use-hash-route';
import { ConnectedPage } from '../../components/connected-page';
import { RolePairExport } from './role-pair-export';
import { SamlRoleWizard } from './saml-role-wizard';

/** The Roles section: the SAML role wizard and the role ARN strings for the IdP. */
export function RolesPage({ subpath }: PageProps): ReactNode {
  const [first] = subpath;
  if (first === 'new') {
    return (
      <ConnectedPage title="Create a role for SAML 2.0 federation" description="Users signed in by your IdP assume this role. Review the exact calls and trust policy before anything changes.">
        <SamlRoleWizard />
      </ConnectedPage>
    );
  }
  return (
    <ConnectedPage
      title="Roles"
      description="Roles that trust your SAML identity providers, and the role ARN strings your IdP sends in its Role attribute."
      actions={<Button leftSection={<IconPlus size={16} />} onClick={() => navigate('roles', 'new')}>Create SAML role</Button>}
    >
      <Title order={4} mb="sm">Role ARN strings for the IdP</Title>
      <RolePairExport />
    </ConnectedPage>
  );
}
