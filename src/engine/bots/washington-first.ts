import { oneSidedPolicy } from './one-sided';

/** Balances hard against the other pole: leans toward the powers of positive drift weight. */
export const washingtonFirstPolicy = oneSidedPolicy(
  'washington-first',
  'always takes the decision that leans furthest toward the powers of positive drift weight',
  'positive',
);
