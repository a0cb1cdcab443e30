import { AwsError } from '../../core/aws-error';
import { listPage, type ListPage } from '../sso-admin/list-page';
import { identityStorePaging } from './identitystore-lookup';

type Filters = { AttributePath: string; AttributeValue: string }[] | undefined;

/** One page of an Identity Store list: 100 items unless MaxResults says otherwise. */
export function identityStorePage<T>(items: readonly T[], keyOf: (item: T) => string, input: { MaxResults?: number; NextToken?: string }): ListPage<T> {
  return listPage(items, keyOf, input.MaxResults, input.NextToken, { defaultMax: 100, ...identityStorePaging });
}

/**
 * The deprecated List* filter, which Identity Store still serves on one attribute per list
 * (UserName for users, DisplayName for groups), matched case-insensitively.
 */
export function attributeFilter<T>(filters: Filters, attributePath: string, valueOf: (item: T) => string): (item: T) => boolean {
  const filter = filters?.[0];
  if (!filter) return () => true;
  if (filter.AttributePath !== attributePath) {
    throw new AwsError('ValidationException', `Invalid filter: the attribute path ${filter.AttributePath} is not supported. Use ${attributePath}.`);
  }
  const wanted = filter.AttributeValue.toLowerCase();
  return (item: T) => valueOf(item).toLowerCase() === wanted;
}
