import iam from './generated/iam.json' with { type: 'json' };
import sts from './generated/sts.json' with { type: 'json' };
import ssoAdmin from './generated/sso-admin.json' with { type: 'json' };
import identitystore from './generated/identitystore.json' with { type: 'json' };
import organizations from './generated/organizations.json' with { type: 'json' };
import type { ServiceModel } from './model-types';

/** The sandbox's services, keyed by the IAM action prefix AWS uses for each (sso for SSO Admin). */
export type ServiceKey = 'iam' | 'sts' | 'sso' | 'identitystore' | 'organizations';

export const serviceModels: Readonly<Record<ServiceKey, ServiceModel>> = {
  iam: iam as unknown as ServiceModel,
  sts: sts as unknown as ServiceModel,
  sso: ssoAdmin as unknown as ServiceModel,
  identitystore: identitystore as unknown as ServiceModel,
  organizations: organizations as unknown as ServiceModel,
};
