/**
 * The styles of play the on-screen advisor mixes in its futures: a careful hedger, an
 * erratic player, a passive one and the one-sided ones. A forecast played by the careful
 * hedger alone answers "how would a good bot do from here?" and reads "master" nearly
 * every time; mixing styles answers "how much can this year still go wrong?".
 */
import { policyByName } from './bots';
import type { Policy } from './bots/policy';

/** By name, so a renamed or retired bot drops out instead of breaking the advisor. */
const STYLE_NAMES = ['bamboo', 'random', 'passive', 'washington-first', 'beijing-first'] as const;

export const ADVISOR_STYLES: readonly Policy[] = STYLE_NAMES.map((n) => policyByName(n)).filter(
  (p): p is Policy => p !== undefined,
);
