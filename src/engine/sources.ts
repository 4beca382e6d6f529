/**
 * Where a change, a tier move or a news item comes from. Explanations carry
 * the source as a compact id (`action:visit-beijing`, `rule:calm`): a plain
 * string, so explanations stay JSON and sources can key maps. The ids are
 * typed (`SourceId`), built in one place per kind, and read back by one
 * parser (`sourceOf`) into a discriminated union, so no screen splits them.
 */
import type { PowerId } from './indicators';

/** The year's own rules, each named in the causes it produces. */
export const RULE_IDS = [
  'new-turn',
  'capital-income',
  'capital-growth',
  'capital-upkeep',
  'capitulation',
  'lean',
  'drift-fades',
  'rival-lean',
  'reassured',
  'suspicion-fades',
  'drift-far-pole',
  'taken-for-granted',
  'suspicion',
  'patience-wears',
  'patience-returns',
  'incidents',
  'tally',
  'calm',
  'investment-follows-trust',
  'market-follows-trust',
  'economy',
  'mood',
  'legitimacy',
  'nationalism-fades',
  'credibility',
  'red-line',
  'neglect',
  'rivals-warmth',
  'postponed',
  'called-off',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type SourceId =
  | `action:${string}`
  | `choice:${string}/${string}`
  | `event:${string}`
  | `random:${string}`
  | `reaction:${string}/${string}`
  | `risk:${string}`
  | `rule:${RuleId}`
  | `turn:${string}`
  | `end:${string}`;

export type Source =
  | { readonly kind: 'action'; readonly action: string }
  | { readonly kind: 'choice'; readonly event: string; readonly choice: string }
  | { readonly kind: 'event' | 'random'; readonly event: string }
  | { readonly kind: 'reaction'; readonly power: PowerId; readonly reaction: string }
  | { readonly kind: 'risk'; readonly risk: string }
  | { readonly kind: 'rule'; readonly rule: RuleId }
  | { readonly kind: 'turn'; readonly turn: string }
  | { readonly kind: 'end'; readonly outcome: string }
  | { readonly kind: 'unknown'; readonly id: string };

const isRule = (s: string): s is RuleId => (RULE_IDS as readonly string[]).includes(s);

/** The one reader of source ids. Ids from an older or foreign file come back as `unknown`. */
export function sourceOf(id: string): Source {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const slash = rest.indexOf('/');
  const head = slash < 0 ? rest : rest.slice(0, slash);
  const tail = slash < 0 ? '' : rest.slice(slash + 1);
  switch (kind) {
    case 'action':
      return { kind, action: rest };
    case 'choice':
      return { kind, event: head, choice: tail };
    case 'event':
    case 'random':
      return { kind, event: rest };
    case 'reaction':
      return { kind, power: head as PowerId, reaction: tail };
    case 'risk':
      return { kind, risk: rest };
    case 'rule':
      return isRule(rest) ? { kind, rule: rest } : { kind: 'unknown', id };
    case 'turn':
      return { kind, turn: rest };
    case 'end':
      return { kind, outcome: rest };
    default:
      return { kind: 'unknown', id };
  }
}
