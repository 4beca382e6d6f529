import { oneSidedPolicy } from './one-sided';

/** Balances hard against Beijing: leans to Washington first and Tokyo second. */
export const washingtonFirstPolicy = oneSidedPolicy(
  'washington-first',
  'always takes the decision that leans furthest toward the United States and Japan',
  { us: 1, jp: 0.7 },
);
