import { Alert, List } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The two facts admins most often get wrong about MFA conditions, one sentence each. */
export function MfaConditionExplainer(): ReactNode {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />} title="How these policies decide">
      <List size="sm" spacing={4}>
        <List.Item>
          <b>Bool vs BoolIfExists:</b> a Deny with <code>Bool</code> only matches requests that carry the MFA key, while <code>BoolIfExists</code> also denies requests that carry no MFA information at all, which is why these templates use it.
        </List.Item>
        <List.Item>
          <b>Long-term access keys</b> never carry MFA information, so with these policies scripts using a user’s access keys are denied until they call <code>aws sts get-session-token</code> with an MFA code.
        </List.Item>
      </List>
    </Alert>
  );
}
