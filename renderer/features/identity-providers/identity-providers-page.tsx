import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';

/** The Identity providers section. */
export function IdentityProvidersPage(_props: PageProps): ReactNode {
  return (
    <>
      <PageHeader title="Identity providers" />
      <RequiresConnection>{null}</RequiresConnection>
    </>
  );
}
