import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';

/** The Roles section. */
export function RolesPage(_props: PageProps): ReactNode {
  return (
    <>
      <PageHeader title="Roles" />
      <RequiresConnection>{null}</RequiresConnection>
    </>
  );
}
