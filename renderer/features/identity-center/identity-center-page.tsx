import type { ReactNode } from 'react';
import { ConnectedPage } from '../../components/connected-page';
import type { PageProps } from '../../app/routes';
import { IdentityCenterWorkspace } from './identity-center-workspace';

/** The Identity Center section: the instance, its permission sets and account assignments. */
export function IdentityCenterPage({ subpath }: PageProps): ReactNode {
  return (
    <ConnectedPage
      title="Identity Center"
      description="Permission sets define what people may do in an account; assignments give a user or group a permission set in one or more accounts of the organization."
    >
      <IdentityCenterWorkspace subpath={subpath} />
    </ConnectedPage>
  );
}
