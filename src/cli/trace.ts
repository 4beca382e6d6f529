/**
 * A played game told turn by turn for scenario authors tuning numbers: the
 * indicators at each turn's end, the cards played and those not played (and
 * why), the answers, the powers' reactions, the random events and tier
 * changes. Built by replaying the game's decisions through `apply`, so every
 * line comes from the same explanations the screens show.
 */
import {
  apply,
  type CompiledScenario,
  type Explanation,
  type GameAction,
  type GameState,
  newGame,
} from '../engine';
import { blockReason } from '../view/block-reason';
import { unmetConditions } from '../view/condition-text';
import { turnUnitOf } from '../view/turn-unit';

/** The indicators a trace shows in its table: every relation and suspicion, then these. */
export function traceIndicators(cs: CompiledScenario): string[] {
  const powers = cs.tables.vocab.powers;
  return [
    ...powers.map((p) => `relations.${p}`),
    ...powers.map((p) => `suspicion.${p}`),
    ...TRACE_SINGLES,
  ];
}

const TRACE_SINGLES = [
  'autonomy.drift',
  'economy.growth',
  'sea.tension',
  'home.mood',
  'home.capital',
] as const;

export interface TurnTrace {
  readonly turn: number;
  readonly label: string;
  readonly played: string[];
  readonly skipped: { readonly card: string; readonly why: string }[];
  readonly answers: string[];
  readonly events: string[];
  readonly random: string[];
  readonly reactions: string[];
  readonly risks: string[];
  readonly tiers: string[];
  indicators: Record<string, number>;
}

export function traceGame(
  cs: CompiledScenario,
  seed: string,
  actions: readonly GameAction[],
): TurnTrace[] {
  const opening = newGame(cs, seed);
  let state = opening.state;
  const turns: TurnTrace[] = [];
  const fresh = (s: GameState): TurnTrace => ({
    turn: s.turn,
    label: cs.scenario.calendar[s.turn]?.label ?? `turn ${s.turn + 1}`,
    played: [],
    skipped: [],
    answers: [],
    events: [],
    random: [],
    reactions: [],
    risks: [],
    tiers: [],
    indicators: {},
  });
  let current = fresh(state);
  note(current, opening.explanation);
  for (const action of actions) {
    if (action.type === 'end-turn')
      current.skipped.push(...skippedCards(cs, state, current.played));
    const result = apply(cs, state, action);
    if (!result.ok) break;
    if (action.type === 'play') current.played.push(action.action);
    if (action.type === 'choose') current.answers.push(`${action.event} → ${action.choice}`);
    // What an end of turn sets off belongs to the turn that ended: reactions, dynamics.
    note(current, result.explanation, action.type === 'end-turn' ? 'closing' : 'during');
    state = result.state;
    if (action.type === 'end-turn') {
      current.indicators = pick(cs, state);
      turns.push(current);
      if (state.phase === 'over') return turns;
      current = fresh(state);
      // The new turn's news (events, random draws) came with this same step.
      note(current, result.explanation, 'opening');
    }
  }
  current.indicators = pick(cs, state);
  turns.push(current);
  return turns;
}

function pick(cs: CompiledScenario, state: GameState): Record<string, number> {
  return Object.fromEntries(traceIndicators(cs).map((k) => [k, state.ind[k] ?? 0]));
}

/**
 * News of an end-turn step is split: reactions and risks close the old turn,
 * scheduled and random events open the new one.
 */
function note(
  t: TurnTrace,
  e: Explanation,
  part: 'during' | 'closing' | 'opening' = 'during',
): void {
  for (const n of e.news) {
    const opening = n.kind === 'event' || n.kind === 'random' || n.kind === 'turn';
    if (part === 'closing' && opening) continue;
    if (part === 'opening' && !opening) continue;
    if (n.kind === 'event') t.events.push(n.source.replace(/^event:/, ''));
    else if (n.kind === 'random') t.random.push(n.source.replace(/^random:/, ''));
    else if (n.kind === 'reaction') t.reactions.push(n.source.replace(/^reaction:/, ''));
    else if (n.kind === 'risk') t.risks.push(n.source.replace(/^risk:/, ''));
  }
  if (part !== 'opening')
    for (const c of e.tiers) t.tiers.push(`${c.power} ${c.from} → ${c.to} (${c.source})`);
}

/** Every card of the deck not played this turn, and why: the rules' refusal, or the bot's choice. */
function skippedCards(
  cs: CompiledScenario,
  state: GameState,
  played: readonly string[],
): { card: string; why: string }[] {
  const out: { card: string; why: string }[] = [];
  for (const [id, card] of cs.actions) {
    if (played.includes(id)) continue;
    const tried = apply(cs, state, { type: 'play', action: id });
    if (tried.ok) {
      out.push({ card: id, why: 'legal and affordable: not chosen' });
      continue;
    }
    const why =
      blockReason(tried.error, unmetConditions(cs, state, card.requires), turnUnitOf(cs)) ??
      tried.error.message;
    out.push({ card: id, why: why.replace(/\.$/, '') });
  }
  return out;
}

/** Column heads: a family member as `rel.<power>`, `sus.<power>`. */
const short = (key: string) => key.replace(/^relations\./, 'rel.').replace(/^suspicion\./, 'sus.');

const SHORT: Record<string, string> = {
  'autonomy.drift': 'drift',
  'economy.growth': 'growth',
  'sea.tension': 'tension',
  'home.mood': 'mood',
  'home.capital': 'capital',
};

/** The trace as text: one table of indicators, then each turn's decisions and news. */
export function formatTrace(turns: readonly TurnTrace[]): string {
  const width = Math.max(6, ...turns.map((t) => t.label.length));
  const keys = Object.keys(turns[0]?.indicators ?? {});
  const head = ['turn'.padEnd(width), ...keys.map((k) => (SHORT[k] ?? short(k)).padStart(8))];
  const lines = [head.join(' ')];
  for (const t of turns)
    lines.push(
      [t.label.padEnd(width), ...keys.map((k) => String(t.indicators[k] ?? '').padStart(8))].join(
        ' ',
      ),
    );
  for (const t of turns) {
    lines.push('', `${t.label}`);
    const list = (name: string, items: readonly string[]) => {
      if (items.length > 0) lines.push(`  ${name.padEnd(10)} ${items.join(', ')}`);
    };
    list('events', t.events);
    list('random', t.random);
    list('answers', t.answers);
    list('played', t.played);
    for (const s of t.skipped) lines.push(`  ${'skipped'.padEnd(10)} ${s.card}: ${s.why}`);
    list('risks', t.risks);
    list('reactions', t.reactions);
    list('tiers', t.tiers);
  }
  return lines.join('\n');
}

/** The decisions a game made, one per line, numbered, with the turn they fell in. */
export function formatDecisions(
  cs: CompiledScenario,
  seed: string,
  actions: readonly GameAction[],
): string {
  let state = newGame(cs, seed).state;
  const lines: string[] = [];
  actions.forEach((a, i) => {
    const label = cs.scenario.calendar[state.turn]?.label ?? '';
    const text =
      a.type === 'play'
        ? `play ${a.action}`
        : a.type === 'choose'
          ? `answer ${a.event} → ${a.choice}`
          : 'end turn';
    lines.push(`${String(i + 1).padStart(4)}. ${label.padEnd(24)} ${text}`);
    const r = apply(cs, state, a);
    if (r.ok) state = r.state;
  });
  return lines.join('\n');
}
