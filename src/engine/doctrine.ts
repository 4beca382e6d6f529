/**
 * The doctrine binds: the "four nos" of the 2019 defence white paper (no
 * alliances, no foreign bases, no siding with one country against another,
 * no force) as red lines. Crossing one is a decision the data marks with a
 * flag; the rules then make its cost last. While the flag stands, each
 * named power's suspicion cannot fade below its floor (a base is not
 * forgotten because a month was quiet), and the Party pays in legitimacy
 * every turn, since "firm roots" were traded as currency.
 */
import type { Layout } from './layout';
import type { RedLine, Rules } from './scenario';
import type { Tx } from './tx';

/** A red line over the packed state: its flag's slot and the suspicion slots it holds up. */
export interface RedLineTable {
  readonly line: RedLine;
  /** -1 when no part of the scenario can set the flag: the line can never be crossed. */
  readonly flag: number;
  readonly floors: readonly { readonly slot: number; readonly floor: number }[];
}

/** A floor for a power the scenario does not have is left out: a ruleset speaks of all it knows. */
export function redLineTables(rules: Rules, layout: Layout): RedLineTable[] {
  const v = layout.vocab;
  return rules.doctrine.redLines.map((line) => ({
    line,
    flag: layout.flagSlot.get(line.flag) ?? -1,
    floors: Object.entries(line.floor).flatMap(([power, floor]) => {
      const s = v.powerSlot[power];
      return s === undefined ? [] : [{ slot: v.suspicion[s] as number, floor: floor as number }];
    }),
  }));
}

/** Runs at a turn's end, after suspicion has faded and before the powers react. */
export function applyDoctrine(tx: Tx, lines: readonly RedLineTable[]): void {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i] as RedLineTable;
    if (t.flag < 0 || !tx.hasFlag(t.flag)) continue;
    for (let k = 0; k < t.floors.length; k++) {
      const f = t.floors[k] as RedLineTable['floors'][number];
      const below = f.floor - tx.get(f.slot);
      if (below > 0) tx.add(f.slot, below, 'rule:red-line');
    }
    tx.add(tx.p.layout.vocab.legitimacy, -t.line.legitimacy, 'rule:red-line');
  }
}

/** The red lines standing while `flags` are set: what the doctrine makes the Party pay for now. */
export function redLinesStanding(rules: Rules, flags: readonly string[]): RedLine[] {
  return rules.doctrine.redLines.filter((line) => flags.includes(line.flag));
}

export interface RedLineCrossing {
  readonly line: RedLine;
  readonly chance: number | null;
}

/**
 * The red lines a decision's outcome would cross: those whose flag it sets that is not set
 * already. `chance` is null when the outcome sets the flag itself; otherwise the highest
 * chance among the risks that set it, as `chanceOf` reads them in the current state.
 */
export function redLinesCrossedBy<C>(
  rules: Rules,
  flags: readonly string[],
  outcome: {
    readonly setFlags?: readonly string[];
    readonly risks?: readonly { readonly chance: C; readonly setFlags?: readonly string[] }[];
  },
  chanceOf: (chance: C) => number,
): RedLineCrossing[] {
  return rules.doctrine.redLines.flatMap((line): RedLineCrossing[] => {
    if (flags.includes(line.flag)) return [];
    if (outcome.setFlags?.includes(line.flag)) return [{ line, chance: null }];
    const chance = Math.max(
      0,
      ...(outcome.risks ?? [])
        .filter((r) => r.setFlags?.includes(line.flag))
        .map((r) => chanceOf(r.chance)),
    );
    return chance > 0 ? [{ line, chance }] : [];
  });
}
