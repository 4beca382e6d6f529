import { oneSidedPolicy } from './one-sided';

/** Bandwagons with Beijing: every answer and every card that leans furthest toward China. */
export const beijingFirstPolicy = oneSidedPolicy(
  'beijing-first',
  'always takes the decision that leans furthest toward China',
  { cn: 1 },
);
