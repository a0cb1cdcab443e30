import { Alert, Button, Center, Loader, Stack, Tabs } from '@mantine/core';
import { IconAlertTriangle, IconKey, IconLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useQuery } from '../../api/api-context';
import { navigate } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/error-alert';
import { AssignWizard } from './assign-wizard';
import { AssignmentsPanel } from './assignments-panel';
import { ConsoleOnlyGuidance } from './console-only-guidance';
import { CreatePermissionSetWizard } from './create-permission-set-wizard';
import { InstanceSummary } from './instance-summary';
import { PermissionSetsPanel } from './permission-sets-panel';

/** Finds the instance, then shows permission sets or assignments (or one of their wizards) by route. */
export function IdentityCenterWorkspace({ subpath }: { subpath: readonly string[] }): ReactNode {
  const discovery = useQuery('identityCenter.discover', {});
  if (discovery.loading && !discovery.data) {
    return (
      <Center py="xl">
        <Loader size="sm" mr="sm" /> Looking for the Identity Center instance…
      </Center>
    );
  }
  if (discovery.error) return <ErrorAlert error={discovery.error} title="Could not look for the Identity Center instance" />;
  const found = discovery.data;
  if (!found) return null;
  if (found.status !== 'ready') {
    return (
      <Stack>
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={found.status === 'none' ? `No Identity Center instance in ${found.region}` : 'This account cannot administer Identity Center'} data-testid="no-instance">
          {found.explanation}
          <Button mt="sm" size="xs" variant="light" onClick={discovery.reload}>
            Look again
          </Button>
        </Alert>
        <ConsoleOnlyGuidance />
      </Stack>
    );
  }
  const { instance } = found;
  const [tab = 'permission-sets', action] = subpath;
  if (tab === 'permission-sets' && action === 'new') return <CreatePermissionSetWizard instance={instance} />;
  if (tab === 'assignments' && action === 'new') return <AssignWizard instance={instance} />;
  return (
    <Stack gap="lg">
      <InstanceSummary instance={instance} />
      <Tabs value={tab} onChange={(value) => navigate('identity-center', value ?? 'permission-sets')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="permission-sets" leftSection={<IconKey size={16} />}>
            Permission sets
          </Tabs.Tab>
          <Tabs.Tab value="assignments" leftSection={<IconLink size={16} />}>
            Assignments
          </Tabs.Tab>
          <Tabs.Tab value="console-only">Done in the AWS console</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="permission-sets" pt="md">
          <PermissionSetsPanel instance={instance} />
        </Tabs.Panel>
        <Tabs.Panel value="assignments" pt="md">
          <AssignmentsPanel instance={instance} />
        </Tabs.Panel>
        <Tabs.Panel value="console-only" pt="md">
          <ConsoleOnlyGuidance />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
