import { passivePolicy } from './passive';
import type { Policy } from './policy';
import { randomPolicy } from './random';

export type { Policy } from './policy';

export const POLICIES: Readonly<Record<string, Policy>> = {
  [randomPolicy.name]: randomPolicy,
  [passivePolicy.name]: passivePolicy,
};

export function policyNames(): string[] {
  return Object.keys(POLICIES);
}
