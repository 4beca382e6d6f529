import { bambooPolicy } from './bamboo';
import { beijingFirstPolicy } from './beijing-first';
import { historicalPolicy } from './historical';
import { lookaheadPolicy } from './lookahead';
import { passivePolicy } from './passive';
import type { Policy } from './policy';
import { randomPolicy } from './random';
import { washingtonFirstPolicy } from './washington-first';

export { bambooPolicy } from './bamboo';
export type { Policy } from './policy';
export { randomPolicy } from './random';
export { rollout } from './rollout';

export const POLICIES: Readonly<Record<string, Policy>> = {
  [randomPolicy.name]: randomPolicy,
  [passivePolicy.name]: passivePolicy,
  [beijingFirstPolicy.name]: beijingFirstPolicy,
  [washingtonFirstPolicy.name]: washingtonFirstPolicy,
  [bambooPolicy.name]: bambooPolicy,
  [historicalPolicy.name]: historicalPolicy,
  [lookaheadPolicy.name]: lookaheadPolicy,
};

export function policyNames(): string[] {
  return Object.keys(POLICIES);
}

/** A policy by the name a person typed: only the seven bots, never an Object.prototype member. */
export function policyByName(name: string): Policy | undefined {
  return Object.hasOwn(POLICIES, name) ? POLICIES[name] : undefined;
}
