/**
 * Names and short explanations of the game's own vocabulary (indicators, tiers, outcomes,
 * rules), in the player's language: views over the message catalogs (src/i18n), read at
 * the moment they are used. Powers are the scenario's: their names, capitals and colours come
 * from its data (translated by its text overlays), and the catalogs hold only the templates
 * that put a power's name into a label, so any number of powers reads the same way.
 */
import {
  type IndicatorKey,
  type OutcomeId,
  type PowerId,
  type RuleId,
  ruptureOf,
  type TierId,
} from '../engine';
import type { Power } from '../engine/scenario';
import { TEXT } from '../i18n';
import { shippedIndicators } from '../scenario/indicators';

const L = TEXT.labels;

/** What the labels need of a scenario's powers: the scenario's `powers` satisfies it. */
export type PowerTable = Readonly<
  Record<PowerId, Pick<Power, 'name' | 'capital'> & Partial<Pick<Power, 'short' | 'color'>>>
>;

export interface Label {
  readonly name: string;
  readonly help: string;
}

export function powerName(powers: PowerTable, p: PowerId): string {
  return powers[p]?.name ?? p;
}

/** The name for tight places (news, gauges). */
export function powerShort(powers: PowerTable, p: PowerId): string {
  const power = powers[p];
  return power?.short ?? power?.name ?? p;
}

export function powerCapital(powers: PowerTable, p: PowerId): string {
  return powers[p]?.capital ?? p;
}

/** An indicator's name and help: a single one's from the catalog, a family member's from its template. */
export function indicatorLabel(powers: PowerTable, key: IndicatorKey): Label {
  const split = shippedIndicators.split(key);
  if (split) {
    const family = (L.families as Record<string, FamilyWords | undefined>)[split.family];
    // The short name reads better inside a label ("Investment from US").
    const name = powerShort(powers, split.power);
    const capital = powerCapital(powers, split.power);
    if (family) return { name: family.name(name, capital), help: family.help(name, capital) };
  }
  return (L.indicators as Record<string, Label | undefined>)[key] ?? { name: key, help: '' };
}

interface FamilyWords {
  readonly name: (name: string, capital: string) => string;
  readonly help: (name: string, capital: string) => string;
}

/** A gauge's short name: a family member's is the family's, with the power's when asked. */
export function gaugeShortName(powers: PowerTable, key: IndicatorKey, withPower: boolean): string {
  const short = TEXT.game.shortNames;
  const split = shippedIndicators.split(key);
  if (!split) return short[key] ?? key;
  const family = short[split.family] ?? split.family;
  return withPower ? TEXT.game.shortOf(family, powerShort(powers, split.power)) : family;
}

export function outcomeLabel(powers: PowerTable, id: OutcomeId): Label {
  const rupture = ruptureOf(id);
  if (rupture !== null) {
    const name = powerName(powers, rupture);
    const capital = powerCapital(powers, rupture);
    return { name: L.rupture.name(name, capital), help: L.rupture.help(name, capital) };
  }
  return (L.outcomes as Record<string, Label | undefined>)[id] ?? { name: id, help: '' };
}

export const TIER_LABELS: Readonly<Record<TierId, string>> = L.tiers;

/** What each of the engine's own rules means, for "why did this move?". */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = L.rules;
/** A pull toward a usual level, named for a rise: the plain label says how it falls. */
export const RULE_LABELS_UP: Readonly<Partial<Record<RuleId, string>>> = L.rulesUp;

export const CATEGORY_LABELS: Readonly<Record<string, string>> = L.categories;

export const GROUP_LABELS: Readonly<Record<string, string>> = L.groups;

/** The engine's own news, which carries a count and the power whose vessels were there. */
export const INCIDENT_PLACE_NAME = (): string => L.incidentPlace;

export const INCIDENT_NEWS = (count: number, power: string): string => L.incidentNews(count, power);

/** The engine's news of a scheduled event put off to another turn, or called off. */
export const POSTPONED_NEWS = (title: string, month: string): string =>
  L.postponedNews(title, month);
export const CALLED_OFF_NEWS = (title: string): string => L.calledOffNews(title);

/**
 * The two poles of the drift axis, as the capitals of the powers on each side (by how far out
 * they stand, the furthest first), for the bamboo meter's ends.
 */
export function driftPoles(scenario: {
  readonly powers: PowerTable;
  readonly rules: { readonly drift: { readonly weights: Readonly<Record<PowerId, number>> } };
}): { readonly negative: string; readonly positive: string } {
  const weights = scenario.rules.drift.weights;
  const side = (sign: number) =>
    Object.keys(scenario.powers)
      .filter((p) => (weights[p] ?? 0) * sign > 0)
      .sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0))
      .map((p) => powerCapital(scenario.powers, p))
      .join(', ');
  return { negative: side(-1), positive: side(1) };
}
