/**
 * What the latest turn's end did to political capital, and why: the income and anything the
 * rules take or cap, read from the turn's own causes rather than from fixed amounts, so a
 * rule added to the scenario shows up here by itself. The capital gauge's trend mixes this
 * with what the player spent, and cannot say it.
 */
import type { CompiledScenario, GameAction } from '../engine';
import { TEXT } from '../i18n';
import { describeSource } from './causes';
import { signed } from './format';
import type { StepLike } from './gauges';
import { turnUnitOf } from './turn-unit';

export interface CapitalIncome {
  /** The net change as the turn ended. */
  readonly delta: number;
  /** Each cause with what it gave (positive) or took (negative), largest first. */
  readonly causes: readonly {
    /** The rule or decision behind it, as the engine names it ('rule:capital-upkeep'). */
    readonly source: string;
    readonly label: string;
    readonly delta: number;
  }[];
}

export function capitalIncome(
  cs: CompiledScenario,
  steps: readonly (StepLike & { readonly action: GameAction | null })[],
): CapitalIncome | null {
  for (let i = steps.length - 1; i > 0; i--) {
    const step = steps[i];
    if (step?.action?.type !== 'end-turn') continue;
    const change = step.explanation.changes.find((c) => c.indicator === 'home.capital');
    if (!change) return { delta: 0, causes: [] };
    const causes = change.causes
      .filter((c) => c.delta !== 0)
      .map((c) => ({
        source: c.source,
        label: describeSource(cs, c.source, c.delta).label,
        delta: c.delta,
      }))
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    return { delta: change.delta, causes };
  }
  return null;
}

/** What the top bar says about capital: the stock's span, the net, and each part of it. */
export interface CapitalIncomeWords {
  /** Beside the figure: what it is ("left to spend"). */
  readonly left: string;
  /** Under that: the net the month began with ("+3 net this month"), or null before any. */
  readonly net: string | null;
  /** The net alone ("+3 net"), where the line has no room for its span. */
  readonly netShort: string | null;
  /** The tooltip: the stock's meaning, then the net and its parts, largest first. */
  readonly parts: readonly string[];
}

/**
 * The top bar's capital in words. The net is what the month's start left after the upkeep,
 * so it is named as a net and its parts (income, growth, upkeep on the stock above the line)
 * are listed, so "+3" is never read as the income when 11 came in and 8 melted.
 */
export function capitalIncomeWords(
  cs: CompiledScenario,
  capital: number,
  income: CapitalIncome | null,
): CapitalIncomeWords {
  const W = TEXT.view.capitalWords;
  const unit = TEXT.units.word[turnUnitOf(cs)];
  const parts = [W.stock(capital, unit)];
  if (income)
    parts.push(
      W.began(signed(income.delta), unit),
      ...income.causes.map((c) => capitalPart(cs, c)),
    );
  return {
    left: W.left,
    net: income ? W.net(signed(income.delta), unit) : null,
    netShort: income ? W.netShort(signed(income.delta)) : null,
    parts,
  };
}

/**
 * One part of the turn's capital in a sentence with its figure: "+2 from growth (a slowdown
 * takes some away)", "−1 upkeep: half of the stock above 8 melts", the numbers from the rules.
 * The upkeep falls on the stock after the income came in, so it can bite on a month that
 * ended with nothing unspent: it is named for what it is, not as unspent capital.
 */
export function capitalPart(cs: CompiledScenario, c: CapitalIncome['causes'][number]): string {
  const W = TEXT.view.capitalWords;
  const home = cs.scenario.rules.home;
  const delta = signed(c.delta);
  switch (c.source) {
    case 'rule:capital-income':
      return W.income(delta);
    case 'rule:capital-growth':
      return W.growth(delta);
    case 'rule:capital-upkeep':
      return W.upkeep(delta, home.capitalUpkeep ?? 0, home.capitalUpkeepFrom ?? 0);
    default:
      return W.other(delta, c.label);
  }
}
