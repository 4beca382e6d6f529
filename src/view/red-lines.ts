/**
 * The doctrine's red lines ("the four nos") in words: a decision that would cross one says so
 * before it is taken, with the lasting price the rules will charge, and an event that a crossed
 * line brings on names the line, so the player knows which decision it answers.
 */
import {
  type CompiledScenario,
  type GameState,
  type RedLine,
  redLinesCrossedBy,
  redLinesStanding,
  stateReader,
} from '../engine';
import { formatNumber, TEXT } from '../i18n';
import type { Condition, Outcome } from '../scenario/schema';
import { percent, signed } from './format';
import { powerName } from './labels';
import { turnUnitOf } from './turn-unit';

export interface RedLineWarning {
  readonly id: string;
  /** Null when the decision crosses it for certain; the chance when a risk may. */
  readonly chance: number | null;
  readonly text: string;
}

/** A line the catalog knows by its words; a scenario's own line by its id. */
export function redLineName(id: string): string {
  return TEXT.view.redLines.names[id] ?? id;
}

/** The red lines `outcome` would cross from this state, each with the price it would bring. */
export function redLineWarnings(
  cs: CompiledScenario,
  state: GameState,
  outcome: Outcome,
): RedLineWarning[] {
  const read = stateReader(cs, state);
  const unit = TEXT.units.word[turnUnitOf(cs)];
  return redLinesCrossedBy(cs.scenario.rules, state.flags, outcome, (c) => read.chance(c)).map(
    ({ line, chance }) => ({
      id: line.id,
      chance,
      text: TEXT.view.redLines.crosses(
        redLineName(line.id),
        floorsOf(cs, line),
        signed(-line.legitimacy),
        unit,
        chance === null ? null : percent(chance),
      ),
    }),
  );
}

function floorsOf(cs: CompiledScenario, line: RedLine): string[] {
  const powers = cs.scenario.powers;
  return Object.entries(line.floor)
    .filter((e): e is [string, number] => e[1] !== undefined && e[0] in powers)
    .map(([p, floor]) => TEXT.view.redLines.floor(powerName(powers, p), formatNumber(floor)));
}

/** Every flag a condition reads, however deep in its `any`. */
function flagsRead(when: Condition | undefined): string[] {
  if (!when) return [];
  return [...(when.flags ?? []), ...(when.any ?? []).flatMap(flagsRead)];
}

/**
 * For an event whose condition reads a red line's flag: the lines crossed now, named. Null for
 * any other event, or when none stands (a test that reads the card before its condition holds).
 */
export function redLinesCrossedLine(
  cs: CompiledScenario,
  when: Condition | undefined,
  state: GameState,
): string | null {
  const read = new Set(flagsRead(when));
  const standing = redLinesStanding(cs.scenario.rules, state.flags).filter((l) => read.has(l.flag));
  return standing.length === 0
    ? null
    : TEXT.view.redLines.standing(standing.map((l) => redLineName(l.id)));
}
