import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ExpiryState } from '../../../shared/model/saml-provider';
import type { MetadataCertificate } from '../../../shared/model/saml-metadata';

const colors: Record<string, string> = { ok: 'teal', valid: 'teal', expiring: 'orange', expired: 'red', weak: 'red', unknown: 'gray', unreadable: 'gray' };

/** A coloured badge for a provider's or certificate's expiry, with days left. */
export function ExpiryBadge({ state, daysLeft }: { state: ExpiryState | MetadataCertificate['status']; daysLeft?: number }): ReactNode {
  const text =
    state === 'expired'
      ? 'Expired'
      : state === 'weak'
        ? 'Key too small'
        : state === 'unknown' || state === 'unreadable'
          ? 'Unknown'
          : state === 'expiring'
            ? `Expires in ${daysLeft} d`
            : daysLeft !== undefined
              ? `${daysLeft} days left`
              : 'Valid';
  return (
    <Badge color={colors[state] ?? 'gray'} variant="light" styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {text}
    </Badge>
  );
}
