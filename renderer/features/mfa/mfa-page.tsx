import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { RequiresConnection } from '../../components/requires-connection';
import type { PageProps } from '../../app/routes';

/** The MFA section. */
export function MfaPage(_props: PageProps): ReactNode {
  return (
    <>
      <PageHeader title="MFA" />
      <RequiresConnection>{null}</RequiresConnection>
    </>
  );
}
