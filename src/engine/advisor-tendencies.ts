/**
 * Whose futures the on-screen advisor plays: the styles of ADVISOR_STYLES, weighted by how
 * this player has played so far, the decision being weighed included. Five styles in equal
 * turns answer "how badly can a year go?" — the one-sided styles collapse nearly always, so
 * every forecast read ~45% collapse whatever the player chose. Weighted by the player's own
 * record, the forecast answers "if I carry on like this, this choice included, where do I
 * end?": a careful record with a careful answer forecasts better than the same record with a
 * reckless one. Pure: reads the scenario and the state's counts, nothing else.
 */
import { ADVISOR_STYLES } from './advisor-styles';
import type { Policy } from './bots/policy';
import type { CompiledScenario } from './compile';
import type { Outcome } from './scenario';
import type { GameAction, GameState } from './state';

/** The style names the weights speak of (those of ADVISOR_STYLES). */
export type StyleName = 'bamboo' | 'random' | 'passive' | 'washington-first' | 'beijing-first';

/** Share of the futures each style plays (they sum to 1). */
export type StyleWeights = Readonly<Record<StyleName, number>>;

/**
 * What the advisor assumes before any evidence: mostly a careful player, with room for
 * mistakes, idleness and lopsided play, so a first forecast is neither "master 100%" nor
 * a coin toss.
 */
const PRIOR: StyleWeights = {
  bamboo: 4,
  random: 0.5,
  passive: 0.5,
  'washington-first': 0.25,
  'beijing-first': 0.25,
};
/** Net lean (in drift-weighted lean points) that counts as much as the careful prior's unit. */
const LEAN_PER_UNIT = 4;
/** Each month that passed with no card played counts this much toward the passive style. */
const IDLE_MONTH = 0.5;
/** The advisor's rollouts cycle through this many style slots (5% steps). */
export const STYLE_SLOTS = 20;

function outcomeOfKey(cs: CompiledScenario, key: string): Outcome | undefined {
  if (key.startsWith('action:')) return cs.actions.get(key.slice('action:'.length))?.effects;
  if (key.startsWith('choice:')) {
    const [event, choice] = key.slice('choice:'.length).split('/');
    return cs.events.get(event ?? '')?.choices?.find((c) => c.id === choice)?.effects;
  }
  return undefined;
}

function outcomeOfDecision(cs: CompiledScenario, d: GameAction): Outcome | undefined {
  if (d.type === 'play') return cs.actions.get(d.action)?.effects;
  if (d.type === 'choose')
    return cs.events.get(d.event)?.choices?.find((c) => c.id === d.choice)?.effects;
  return undefined;
}

/** Lean toward the drift axis's positive pole minus lean toward its negative pole. */
function netLean(cs: CompiledScenario, outcome: Outcome | undefined): number {
  const weights = cs.scenario.rules.drift.weights;
  let net = 0;
  for (const [p, lean] of Object.entries(outcome?.lean ?? {}))
    net += (weights[p] ?? 0) * (lean ?? 0);
  return net;
}

/**
 * The player's tendencies so far, `decision` counted as already made: the net lean of every
 * card and answer toward either pole feeds the matching one-sided style, the months passed
 * without a card feed the passive style, and the careful style keeps the prior's weight.
 */
export function playerTendencies(
  cs: CompiledScenario,
  state: GameState,
  decision?: GameAction,
): StyleWeights {
  let lean = 0;
  let cards = 0;
  for (const [key, count] of Object.entries(state.counts)) {
    if (!count) continue;
    const outcome = outcomeOfKey(cs, key);
    if (!outcome) continue;
    lean += count * netLean(cs, outcome);
    if (key.startsWith('action:')) cards += count;
  }
  if (decision) {
    lean += netLean(cs, outcomeOfDecision(cs, decision));
    if (decision.type === 'play') cards += 1;
  }
  // Months fully over: the current one still has time for a card.
  const idle = Math.max(0, state.turn - cards);
  const raw: Record<StyleName, number> = {
    bamboo: PRIOR.bamboo,
    random: PRIOR.random,
    passive: PRIOR.passive + idle * IDLE_MONTH,
    'washington-first': PRIOR['washington-first'] + Math.max(0, lean) / LEAN_PER_UNIT,
    'beijing-first': PRIOR['beijing-first'] + Math.max(0, -lean) / LEAN_PER_UNIT,
  };
  const total = Object.values(raw).reduce((a, b) => a + b, 0);
  const out = {} as Record<StyleName, number>;
  for (const k of Object.keys(raw) as StyleName[]) out[k] = raw[k] / total;
  return out;
}

/** How many of the STYLE_SLOTS each style gets: largest remainders, every weighted style at least one. */
export function styleSlots(weights: StyleWeights): Record<StyleName, number> {
  const names = Object.keys(weights) as StyleName[];
  const slots = {} as Record<StyleName, number>;
  const exact = names.map((n) => ({ n, x: weights[n] * STYLE_SLOTS }));
  let left = STYLE_SLOTS;
  for (const { n, x } of exact) {
    slots[n] = weights[n] > 0 ? Math.max(1, Math.floor(x)) : 0;
    left -= slots[n];
  }
  // Hand out (or take back) the rest by remainder, in a fixed order so the result is stable.
  const byRemainder = [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)));
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length, left--)
    slots[(byRemainder[i] as { n: StyleName }).n] += 1;
  const byWeight = [...exact].sort((a, b) => b.x - a.x);
  for (let i = 0; left < 0; i = (i + 1) % byWeight.length) {
    const n = (byWeight[i] as { n: StyleName }).n;
    if (slots[n] > 1) {
      slots[n] -= 1;
      left += 1;
    }
  }
  return slots;
}

/**
 * The styles in rollout order (rollout i is played by entry i mod the length): each style as
 * often as its slots say, spread out rather than in runs, so any 20 consecutive rollouts
 * hold the whole mix.
 */
export function stylesByTendency(weights: StyleWeights): Policy[] {
  const slots = styleSlots(weights);
  const byName = new Map(ADVISOR_STYLES.map((p) => [p.name, p]));
  const given = Object.fromEntries(Object.keys(slots).map((n) => [n, 0])) as Record<
    StyleName,
    number
  >;
  const order: Policy[] = [];
  for (let i = 1; i <= STYLE_SLOTS; i++) {
    // The style furthest behind its share so far takes the next slot.
    let best: StyleName | null = null;
    let lag = Number.NEGATIVE_INFINITY;
    for (const n of Object.keys(slots) as StyleName[]) {
      const behind = (slots[n] * i) / STYLE_SLOTS - given[n];
      if (slots[n] > given[n] && behind > lag) {
        lag = behind;
        best = n;
      }
    }
    if (!best) break;
    given[best] += 1;
    const policy = byName.get(best);
    if (policy) order.push(policy);
  }
  return order;
}

/** The advisor's styles for one decision from one state: the player's tendencies, it included. */
export function advisorStylesFor(
  cs: CompiledScenario,
  state: GameState,
  decision: GameAction,
): Policy[] {
  return stylesByTendency(playerTendencies(cs, state, decision));
}
