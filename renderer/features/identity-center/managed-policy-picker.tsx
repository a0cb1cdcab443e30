import { MultiSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '../../api/api-context';

/** The part of an AWS managed policy ARN people recognise: `ReadOnlyAccess`, `job-function/Billing`. */
export function policyLabel(arn: string): string {
  return arn.replace(/^arn:[^:]+:iam::aws:policy\//, '');
}

/** Picks AWS managed policies from IAM's list, searchable by name. */
export function ManagedPolicyPicker({ value, onChange, error }: { value: string[]; onChange: (arns: string[]) => void; error?: ReactNode }): ReactNode {
  const policies = useQuery('identityCenter.listAwsManagedPolicies', {});
  const known = new Set((policies.data ?? []).map((p) => p.arn));
  // Keep chosen ARNs visible even before (or without) the list.
  const data = [...(policies.data ?? []).map((p) => ({ value: p.arn, label: policyLabel(p.arn) })), ...value.filter((arn) => !known.has(arn)).map((arn) => ({ value: arn, label: policyLabel(arn) }))];
  return (
    <MultiSelect
      label="AWS managed policies"
      description={policies.error ? `The list could not be loaded: ${policies.error.message}` : `Search ${policies.data?.length ?? '…'} AWS managed policies by name; at most 20 per permission set.`}
      placeholder={value.length ? undefined : 'Type to search, e.g. ReadOnly'}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      limit={50}
      maxValues={20}
      nothingFoundMessage={policies.loading ? 'Loading…' : 'No AWS managed policy has that name'}
      error={error}
    />
  );
}
