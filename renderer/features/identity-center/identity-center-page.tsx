import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';
import { IdentityCenterWorkspace } from './identity-center-workspace';

/** The Identity Center section: the instance, its permission sets and account assignments. */
export function IdentityCenterPage({ subpath }: PageProps): ReactNode {
  return (
    <>
      <PageHeader
        title="Identity Center"
        description="Permission sets define what people may do in an account; assignments give a user or group a permission set in one or more accounts of the organization."
      />
      <RequiresConnection>
        <IdentityCenterWorkspace subpath={subpath} />
      </RequiresConnection>
    </>
  );
}
