import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';

/** The Groups section. */
export function GroupsPage(_props: PageProps): ReactNode {
  return (
    <>
      <PageHeader title="Groups" />
      <RequiresConnection>{null}</RequiresConnection>
    </>
  );
}
