/**
 * Why the score moved when the turn ended: the score is a weighted sum of parts (the weakest
 * relation, relations on average, growth, sovereignty at sea, stability at home, autonomy), so
 * each part's share of the change is its weight times its own change, and each part names the
 * gauges behind it that moved. The month review shows it, so a drop never goes unexplained.
 */
import { type CompiledScenario, type GameState, type IndicatorKey, score } from '../engine';
import { TEXT } from '../i18n';
import { apportion, inSteps } from './apportion';
import { signed } from './format';
import { changeTone } from './gauge-display';
import type { StepLike } from './gauges';
import { indicatorLabel } from './labels';
import { turnUnitOf } from './turn-unit';

type Part = 'weakestLink' | 'relations' | 'growth' | 'sovereignty' | 'stability' | 'autonomy';
const PARTS: readonly Part[] = [
  'weakestLink',
  'relations',
  'growth',
  'sovereignty',
  'stability',
  'autonomy',
];

export interface ScorePartChange {
  readonly part: Part;
  /** Points of the total this part added or took away. */
  readonly delta: number;
  /**
   * The same to the tenth, rounded with the other parts so that the parts shown add up to the
   * change shown (largest remainder): rounded one by one, three parts of −0.33 read −0.9.
   */
  readonly shown: number;
  /** "Stability at home −1.4 (public mood −6)": the part and the gauges behind it. */
  readonly text: string;
}

export interface ScoreChange {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  /** Largest first; parts whose share rounds to nothing are left out, the rest add up to `delta`. */
  readonly parts: readonly ScorePartChange[];
  /**
   * The whole month, from the score the player saw as it began: what the decisions did and
   * what the month's end did. The month's end alone often fell while the score rose, and the
   * review read as contradicting the score on the board.
   */
  readonly month?: {
    readonly from: number;
    readonly to: number;
    readonly moves: number;
    readonly end: number;
  };
}

/** The gauges a part of the score reads. */
function gaugesOf(cs: CompiledScenario, part: Part): IndicatorKey[] {
  const relations = cs.tables.vocab.powers.map((p) => `relations.${p}` as IndicatorKey);
  switch (part) {
    case 'weakestLink':
    case 'relations':
      return relations;
    case 'growth':
      return ['economy.growth'];
    case 'sovereignty':
      return ['sea.standing', 'sea.presence', 'sea.tension'];
    case 'stability':
      return ['home.mood', 'home.legitimacy'];
    case 'autonomy':
      return ['autonomy.drift'];
  }
}

/** The relation of the weakest power before the change and after it (one key when the same). */
function weakestKeys(cs: CompiledScenario, before: GameState, after: GameState): IndicatorKey[] {
  const relations = gaugesOf(cs, 'relations');
  const weakest = (state: GameState) =>
    relations.reduce((w, k) => ((state.ind[k] ?? 0) < (state.ind[w] ?? 0) ? k : w));
  return [...new Set([weakest(before), weakest(after)])];
}

export function scoreChange(
  cs: CompiledScenario,
  before: GameState,
  after: GameState,
): ScoreChange {
  const a = score(cs, before);
  const b = score(cs, after);
  const weights = cs.scenario.rules.score.weights;
  const S = TEXT.view.scoreChange;
  const deltas = PARTS.map((part) => (weights[part] ?? 0) * (b[part] - a[part]));
  const shares = apportion(deltas, b.total - a.total);
  const parts = PARTS.map((part, i) => {
    const delta = deltas[i] as number;
    const shown = shares[i] as number;
    // The weakest relation is read from the weakest power alone (before and after, when the
    // weakest changed): another power's warmer ties do not move it.
    const keys = part === 'weakestLink' ? weakestKeys(cs, before, after) : gaugesOf(cs, part);
    const least = part === 'weakestLink' ? 0.05 : 0.5;
    const moved = keys
      .map((key) => ({ key, d: (after.ind[key] ?? 0) - (before.ind[key] ?? 0) }))
      // Only the gauges that pushed the part the way it went: a gain is never put down to
      // a rise in tension.
      .filter(
        (g) =>
          Math.abs(g.d) >= least &&
          changeTone(g.key, g.d, before.ind[g.key] ?? 0) === (shown >= 0 ? 'good' : 'bad'),
      )
      .sort((x, y) => Math.abs(y.d) - Math.abs(x.d))
      .slice(0, 2)
      .map((g) => `${indicatorLabel(cs.scenario.powers, g.key).name} ${signed(g.d)}`);
    // The gauges' own moves at the turn's end: the board's trends, since the last turn began,
    // also count the player's decisions, so the words say which span they measure.
    const unit = TEXT.units.word[turnUnitOf(cs)];
    return {
      part,
      delta,
      shown,
      text: S.part(S.parts[part], signed(shown), moved.join(', '), unit),
    };
  })
    .filter((p) => inSteps(p.shown) !== 0)
    .sort((x, y) => Math.abs(y.shown) - Math.abs(x.shown) || Math.abs(y.delta) - Math.abs(x.delta));
  return { before: a.total, after: b.total, delta: b.total - a.total, parts };
}

/** The change across the latest turn's end: the state before the end-turn and the one after. */
export function monthEndScoreChange(
  cs: CompiledScenario,
  steps: readonly (StepLike & { readonly action: { readonly type: string } | null })[],
): ScoreChange | null {
  for (let i = steps.length - 1; i > 0; i--) {
    if (steps[i]?.action?.type !== 'end-turn') continue;
    const before = steps[i - 1]?.state;
    const after = steps[i]?.state;
    if (!before || !after) return null;
    // The month began at the previous turn's end, or with the game.
    let j = i - 1;
    while (j > 0 && steps[j]?.action?.type !== 'end-turn') j--;
    const start = steps[j]?.state ?? before;
    const end = scoreChange(cs, before, after);
    const from = score(cs, start).total;
    return {
      ...end,
      month: { from, to: end.after, moves: end.before - from, end: end.delta },
    };
  }
  return null;
}
