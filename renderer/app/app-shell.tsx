import { AppShell, Burger, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useQuery } from '../api/api-context';
import { ConnectionIndicator } from '../components/connection-indicator';
import { ErrorAlert } from '../components/error-alert';
import { WeakStorageNotice } from '../components/weak-storage-notice';
import { MfaSessionReminder } from '../components/mfa-session-reminder';
import { ErrorBoundary } from './error-boundary';
import { routes } from './routes';
import { navigate, useHashRoute } from './use-hash-route';

/** The frame around every page: header with the connection, navigation, and the page itself. */
export function PortcullisShell(): ReactNode {
  const [opened, { toggle }] = useDisclosure();
  const [first, ...rest] = useHashRoute();
  const route = routes.find((r) => r.path === first) ?? routes[0]!;
  const Page = route.page;
  const info = useQuery('app.info', {});
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <img src="./favicon.svg" alt="" width={28} height={28} />
            <Title order={4}>Portcullis</Title>
          </Group>
          <ConnectionIndicator />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label="Sections">
            {routes.map((r) => (
              <NavLink
                key={r.path}
                href={`#/${r.path}`}
                label={r.label}
                description={r.description}
                leftSection={<r.icon size={20} stroke={1.6} />}
                active={r.path === route.path}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(r.path);
                }}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py="xs">
            Every change is shown as a plan before it is made.
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {info.error && <ErrorAlert error={info.error} title="Portcullis cannot reach its backend" />}
        {info.data && <WeakStorageNotice info={info.data} onChange={info.reload} />}
        <MfaSessionReminder onConnectionsPage={route.path === 'connections'} />
        <ErrorBoundary resetKey={route.path}>
          <Page subpath={rest} />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
