import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';

/** The account alias (an account has at most one). */
export const accountAliasOperations: ServiceOperations = {
  CreateAccountAlias(input: { AccountAlias: string }, _ctx, state) {
    if (/^\d{12}$/.test(input.AccountAlias)) {
      throw new AwsError('ValidationError', 'The account alias cannot be a 12-digit number.', 400);
    }
    if (state.iam.accountAliases[0] === input.AccountAlias) return {};
    // Creating an alias replaces the existing one, as on AWS (one alias per account).
    state.iam.accountAliases = [input.AccountAlias];
    return {};
  },

  DeleteAccountAlias(input: { AccountAlias: string }, _ctx, state) {
    if (!state.iam.accountAliases.includes(input.AccountAlias)) {
      throw new AwsError('NoSuchEntity', `The account alias ${input.AccountAlias} cannot be found.`, 404);
    }
    state.iam.accountAliases = state.iam.accountAliases.filter((a) => a !== input.AccountAlias);
    return {};
  },

  ListAccountAliases(_input: unknown, _ctx, state) {
    return { AccountAliases: [...state.iam.accountAliases], IsTruncated: false };
  },
};
