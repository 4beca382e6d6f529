/**
 * Names and short explanations of the game's own vocabulary (indicators, tiers, outcomes,
 * rules), in the player's language: views over the message catalogs (src/i18n), read at
 * the moment they are used.
 */
import type { IndicatorKey, OutcomeId, PowerId, RuleId, TierId } from '../engine';
import { TEXT } from '../i18n';

const L = TEXT.labels;

export const POWER_NAMES: Readonly<Record<PowerId, string>> = L.powers;

export const INDICATOR_LABELS: Readonly<Record<IndicatorKey, { name: string; help: string }>> =
  L.indicators;

export const TIER_LABELS: Readonly<Record<TierId, string>> = L.tiers;

export const OUTCOME_LABELS: Readonly<Record<OutcomeId, { name: string; help: string }>> =
  L.outcomes;

/** What each of the engine's own rules means, for "why did this move?". */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = L.rules;

export const CATEGORY_LABELS: Readonly<Record<string, string>> = L.categories;

export const GROUP_LABELS: Readonly<Record<string, string>> = L.groups;

/** The engine's own news, which carries a count instead of words. */
export const INCIDENT_NEWS = (count: number): string => L.incidentNews(count);
