import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'mantine-datatable/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client';
import { ApiProvider } from './api/api-context';
import { PortcullisShell } from './app/app-shell';
import { ConnectionProvider } from './app/connection-context';
import { theme } from './app/theme';

const client = createApiClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <ApiProvider client={client}>
          <ConnectionProvider>
            <PortcullisShell />
          </ConnectionProvider>
        </ApiProvider>
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
