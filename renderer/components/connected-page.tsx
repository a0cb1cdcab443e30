import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { RequiresConnection } from './requires-connection';

/** A page that reads AWS: its header always, its content only once a connection is active. */
export function ConnectedPage({ title, description, actions, children }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }): ReactNode {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <RequiresConnection>{children}</RequiresConnection>
    </>
  );
}
