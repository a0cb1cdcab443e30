import {
  IconActivity,
  IconBuildingBank,
  IconFingerprint,
  IconId,
  IconPlugConnected,
  IconShieldLock,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { ConnectionsPage } from '../features/connections/connections-page';
import { IdentityProvidersPage } from '../features/identity-providers/identity-providers-page';
import { RolesPage } from '../features/roles/roles-page';
import { MfaPage } from '../features/mfa/mfa-page';
import { GroupsPage } from '../features/groups/groups-page';
import { IdentityCenterPage } from '../features/identity-center/identity-center-page';
import { ActivityPage } from '../features/activity/activity-page';

/** What a page receives: the route segments after its own (e.g. ['new'] for #/roles/new). */
export interface PageProps {
  readonly subpath: readonly string[];
}

export interface RouteDefinition {
  readonly path: string;
  readonly label: string;
  readonly description: string;
  readonly icon: ComponentType<{ size?: number; stroke?: number }>;
  readonly page: (props: PageProps) => ReactNode;
}

/** The sections of the app, in navigation order. */
export const routes: readonly RouteDefinition[] = [
  { path: 'connections', label: 'Connections', description: 'AWS accounts and the sandbox', icon: IconPlugConnected, page: ConnectionsPage },
  { path: 'identity-providers', label: 'Identity providers', description: 'SAML providers and their certificates', icon: IconId, page: IdentityProvidersPage },
  { path: 'roles', label: 'Roles', description: 'Roles for SAML federation and role ARN strings', icon: IconShieldLock, page: RolesPage },
  { path: 'mfa', label: 'MFA', description: 'Enroll devices and audit coverage', icon: IconFingerprint, page: MfaPage },
  { path: 'groups', label: 'Groups', description: 'Enforce MFA on IAM groups', icon: IconUsersGroup, page: GroupsPage },
  { path: 'identity-center', label: 'Identity Center', description: 'Permission sets and assignments', icon: IconBuildingBank, page: IdentityCenterPage },
  { path: 'activity', label: 'Activity', description: 'Every change Portcullis made', icon: IconActivity, page: ActivityPage },
];
