import { oneSidedPolicy } from './one-sided';

/** Bandwagons with the pole of negative drift (Beijing, in the 2023 ruleset). */
export const beijingFirstPolicy = oneSidedPolicy(
  'beijing-first',
  'always takes the decision that leans furthest toward the powers of negative drift weight',
  'negative',
);
