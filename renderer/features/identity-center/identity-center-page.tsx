import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';

/** The Identity Center section. */
export function IdentityCenterPage(_props: PageProps): ReactNode {
  return (
    <>
      <PageHeader title="Identity Center" />
      <RequiresConnection>{null}</RequiresConnection>
    </>
  );
}
