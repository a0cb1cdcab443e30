import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { PageProps } from '../../app/routes';
import { navigate } from '../../app/use-hash-route';
import { ConnectedPage } from '../../components/connected-page';
import { FederationOverviewPanel } from './federation-overview-panel';
import { IdpSetupPanel } from './idp-setup-panel';
import { ProviderDetail } from './provider-detail';
import { ProviderListPanel } from './provider-list-panel';
import { RegisterProviderWizard } from './register-provider-wizard';

const TABS = ['overview', 'providers', 'setup'] as const;

/** The Identity providers section: overview, providers, IdP setup, register, one provider. */
export function IdentityProvidersPage({ subpath }: PageProps): ReactNode {
  const [first, name, tab] = subpath;
  if (first === 'new') {
    return (
      <ConnectedPage title="Register an identity provider" description="Check the IdP’s SAML metadata here before anything is sent to AWS, then create the IAM SAML provider.">
        <RegisterProviderWizard />
      </ConnectedPage>
    );
  }
  if (first === 'provider' && name) {
    return (
      <ConnectedPage title="Identity provider">
        <ProviderDetail name={name} tab={tab ?? 'details'} />
      </ConnectedPage>
    );
  }
  const current = (TABS as readonly string[]).includes(first ?? '') ? first! : 'overview';
  return (
    <ConnectedPage
      title="Identity providers"
      description="SAML identity providers registered in IAM, the roles that trust them, and what your IdP must be told."
      actions={<Button leftSection={<IconPlus size={16} />} onClick={() => navigate('identity-providers', 'new')}>Register a provider</Button>}
    >
      <Tabs value={current} onChange={(t) => navigate('identity-providers', t ?? 'overview')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="providers">Providers</Tabs.Tab>
          <Tabs.Tab value="setup">Set up your IdP</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview"><FederationOverviewPanel /></Tabs.Panel>
        <Tabs.Panel value="providers"><ProviderListPanel /></Tabs.Panel>
        <Tabs.Panel value="setup"><IdpSetupPanel /></Tabs.Panel>
      </Tabs>
    </ConnectedPage>
  );
}
