/**
 * What a decision will do, shown before the player confirms it: its certain
 * effects, what its lean signals to each power at the month's end, tier
 * changes, and what may happen by chance (risks, gains, or either), with the chances in the
 * current state.
 */
import {
  type CompiledScenario,
  capitulationBite,
  concededAt,
  type GameState,
  type IndicatorKey,
  indicatorRange,
  leanSignals,
  type PowerId,
  repeatScale,
  stateReader,
  type TierId,
  whyNotChoose,
  whyNotPlay,
} from '../engine';
import { TEXT } from '../i18n';
import type { Outcome } from '../scenario/schema';
import { blockReason } from './block-reason';
import { type ChanceKind, chanceKind } from './chance-kind';
import { closedBy } from './closes';
import { unmetConditions } from './condition-text';
import { changeTone, type Tone } from './gauge-display';
import { indicatorLabel, type PowerTable, powerName } from './labels';
import { playedTurnName } from './played-when';
import { type Price, priceOf } from './price';
import { type RedLineWarning, redLineWarnings } from './red-lines';
import { type TurnUnit, turnUnitOf } from './turn-unit';

export interface EffectLine {
  readonly indicator: IndicatorKey;
  readonly label: string;
  readonly delta: number;
  /** The indicator's value now: whether a drift change is good depends on where it starts. */
  readonly from: number;
}

/** An outcome that may follow the decision, with its chance in this state. */
export interface ChanceLine {
  readonly text: string;
  readonly chance: number;
  readonly effects: readonly EffectLine[];
  /** Bad news only, good news only, or some of each: the preview groups chances by it. */
  readonly kind: ChanceKind;
}

export interface Preview {
  readonly title: string;
  readonly text: string | null;
  readonly cost: number;
  /** For a card: its price and what raised it (the same figures as its tile). */
  readonly price?: Price;
  readonly certain: readonly EffectLine[];
  /** Month's-end consequences of the lean this decision signals (suspicion, drift). */
  readonly signals: readonly EffectLine[];
  readonly tiers: readonly {
    readonly power: PowerId;
    /** The power's name, in the scenario's words. */
    readonly name: string;
    readonly from: TierId;
    readonly to: TierId;
  }[];
  readonly chances: readonly ChanceLine[];
  /** Later options this answer shuts, in words ("“Chips, minerals and Boeings”: “Chips yes…”"). */
  readonly closes: readonly string[];
  /** Why it cannot be chosen now, or null. */
  readonly blocked: string | null;
  /** The red lines of the doctrine it would cross (or may, by a chance), with their lasting price. */
  readonly redLines: readonly RedLineWarning[];
  /** What a turn is called in this scenario: the signals come at its end. */
  readonly unit: TurnUnit;
  /** Where the bamboo meter stands at the month's end if nothing else is played; null when this decision leaves it alone. */
  readonly driftEnd: DriftEnd | null;
  /**
   * A card played before this game: which play this would be and the share of its printed
   * effects it keeps (the rules' `cards.repeatFade`); null on a first play or an answer.
   */
  readonly fade: RepeatFade | null;
}

export interface RepeatFade {
  /** This play's number, counting it: 2 for the second. */
  readonly play: number;
  /** The share of the printed certain effects it keeps (0.7, 0.49…). */
  readonly share: number;
  /** The share each repeat keeps of the play before it (1 − `repeatFade`). */
  readonly each: number;
}

/**
 * The meter at the month's end, as the turn's end computes it: the month's whole lean (the
 * decisions already taken and this one), then the fade toward the centre. The lean's own
 * line alone read as a promise the meter never kept.
 */
export interface DriftEnd {
  readonly from: number;
  readonly to: number;
  /** What this decision moves it: its own drift and the drift its lean signals. */
  readonly own: number;
  /** What the month's decisions already taken signal: it comes at the month's end too. */
  readonly earlier: number;
  /**
   * How far it then fades toward the centre: the rules' `drift.decay`, or less when the
   * meter is closer to the centre than that.
   */
  readonly fade: number;
}

/** The drift the turn's end leaves, from the drift before it and the month's whole lean. */
export function driftAtTurnEnd(
  cs: CompiledScenario,
  drift: number,
  lean: Record<PowerId, number>,
): number {
  const { rules, powers } = cs.scenario;
  const moved = drift + leanSignals(rules, powers, lean).drift;
  const fade = Math.min(Math.abs(moved), rules.drift.decay);
  return moved > 0 ? moved - fade : moved + fade;
}

function driftEndOf(cs: CompiledScenario, state: GameState, outcome: Outcome): DriftEnd | null {
  const direct = outcome.delta?.['autonomy.drift'] ?? 0;
  const leans = Object.values(outcome.lean ?? {}).some((x) => (x ?? 0) !== 0);
  if (direct === 0 && !leans) return null;
  const lean: Record<PowerId, number> = { ...state.lean };
  for (const p of cs.tables.vocab.powers) lean[p] = (lean[p] ?? 0) + (outcome.lean?.[p] ?? 0);
  const from = state.ind['autonomy.drift'];
  const { rules, powers } = cs.scenario;
  const earlier = leanSignals(rules, powers, state.lean).drift;
  const all = leanSignals(rules, powers, lean).drift;
  const to = round(driftAtTurnEnd(cs, from + direct, lean));
  const own = round(direct + all - earlier);
  return {
    from,
    to,
    own,
    earlier: round(earlier),
    // What is left once the leans are counted: the fade, as the figures shown add up.
    fade: round(Math.abs(round(from + own + round(earlier)) - to)),
  };
}

/**
 * The changes as the engine will make them: scaled (a card's repeat fade), then held within
 * the gauge's range, to the tenth the gauges keep. A change the range swallows whole is left
 * out: a preview promises only what happens.
 */
function lines(
  cs: CompiledScenario,
  state: GameState,
  delta: Partial<Record<string, number>> | undefined,
  scale = 1,
): EffectLine[] {
  if (!delta) return [];
  const powers = cs.scenario.powers;
  return Object.entries(delta)
    .filter((e): e is [string, number] => e[1] !== undefined && e[1] !== 0)
    .map(([key, value]) => {
      const from = state.ind[key as IndicatorKey] ?? 0;
      const range = indicatorRange(cs.tables.vocab, key);
      const sum = from + value * scale;
      const to = range ? Math.min(range.max, Math.max(range.min, sum)) : sum;
      return {
        indicator: key as IndicatorKey,
        label: indicatorLabel(powers, key).name,
        delta: round(round(to) - from),
        from,
      };
    })
    .filter((line) => line.delta !== 0);
}

function signalLines(cs: CompiledScenario, state: GameState, outcome: Outcome): EffectLine[] {
  if (!outcome.lean) return [];
  const { rules, powers } = cs.scenario;
  const ids = cs.tables.vocab.powers;
  const now = leanSignals(rules, powers, state.lean);
  const lean: Record<PowerId, number> = { ...state.lean };
  for (const p of ids) lean[p] = (lean[p] ?? 0) + (outcome.lean[p] ?? 0);
  const after = leanSignals(rules, powers, lean);
  const out: EffectLine[] = [];
  const at = (rec: Readonly<Record<PowerId, number>>, p: PowerId) => rec[p] ?? 0;
  for (const p of ids) {
    const delta =
      at(after.rivalLean, p) +
      at(after.reassured, p) -
      (at(now.rivalLean, p) + at(now.reassured, p));
    if (Math.abs(delta) >= 0.05) {
      const key = `suspicion.${p}`;
      out.push({
        indicator: key,
        label: indicatorLabel(powers, key).name,
        delta: round(delta),
        from: state.ind[key] ?? 0,
      });
    }
  }
  const drift = after.drift - now.drift;
  if (Math.abs(drift) >= 0.05) {
    out.push({
      indicator: 'autonomy.drift',
      label: indicatorLabel(powers, 'autonomy.drift').name,
      delta: round(drift),
      from: state.ind['autonomy.drift'],
    });
  }
  // The same rule the turn's end applies (signals.ts), on the leans before and after.
  const nationalism = state.ind['home.nationalism'];
  const byslot = (rec: Readonly<Record<PowerId, number>>) => ids.map((p) => rec[p] ?? 0);
  const table = cs.tables.signals;
  const bite =
    capitulationBite(rules, concededAt(table, byslot(lean)), nationalism) -
    capitulationBite(rules, concededAt(table, byslot(state.lean)), nationalism);
  if (bite >= 0.05)
    out.push({
      indicator: 'home.mood',
      label: indicatorLabel(powers, 'home.mood').name,
      delta: round(-bite),
      from: state.ind['home.mood'],
    });
  return out;
}

function previewOutcome(
  cs: CompiledScenario,
  state: GameState,
  outcome: Outcome,
  head: {
    title: string;
    text: string | null;
    cost: number;
    price?: Price;
    blocked: string | null;
    closes?: readonly string[];
  },
  fade: RepeatFade | null = null,
): Preview {
  const read = stateReader(cs, state);
  const powers = cs.scenario.powers;
  return {
    closes: [],
    ...head,
    unit: turnUnitOf(cs),
    fade,
    certain: lines(cs, state, outcome.delta, fade?.share ?? 1),
    signals: signalLines(cs, state, outcome),
    driftEnd: driftEndOf(cs, state, outcome),
    redLines: redLineWarnings(cs, state, outcome),
    tiers: Object.entries(outcome.tier ?? {})
      .filter((e): e is [PowerId, TierId] => e[1] !== undefined)
      .map(([power, to]) => ({
        power,
        name: powerName(powers, power),
        from: state.tiers[power] ?? to,
        to,
      }))
      .filter((t) => t.from !== t.to),
    // A chance that cannot happen now is none: listing it as "0% chance" only confuses.
    chances: (outcome.risks ?? [])
      .map((r) => {
        const effects = lines(cs, state, r.delta);
        return {
          text: r.text,
          chance: read.chance(r.chance),
          effects,
          kind: chanceKind(effects.length > 0 ? effects : pushes(state, r.delta)),
        };
      })
      .filter((r) => r.chance > 0),
  };
}

/**
 * The outcome's changes as written, before the gauges' ranges hold them: what it pushes
 * toward. It names the kind of a chance whose every change a range would swallow now (a
 * tension already at its ceiling still makes "more tension" a risk).
 */
function pushes(state: GameState, delta: Partial<Record<string, number>> | undefined) {
  return Object.entries(delta ?? {})
    .filter((e): e is [string, number] => e[1] !== undefined && e[1] !== 0)
    .map(([indicator, d]) => ({ indicator, delta: d, from: state.ind[indicator] ?? 0 }));
}

export function previewAction(
  cs: CompiledScenario,
  state: GameState,
  actionId: string,
  /** The state last month began in, for a price that moved since. */
  earlier?: GameState,
): Preview | null {
  const action = cs.actions.get(actionId);
  if (!action) return null;
  const price = priceOf(cs, action, state, earlier);
  // The same count the engine scales the play by: this play included.
  const play = (state.counts[`action:${action.id}`] ?? 0) + 1;
  const share = repeatScale(cs, play);
  const each = 1 - (cs.scenario.rules.cards.repeatFade ?? 0);
  const fade = share < 1 ? { play, share, each } : null;
  return previewOutcome(
    cs,
    state,
    action.effects,
    {
      title: action.title,
      text: action.text,
      cost: price.cost,
      price,
      blocked: blockReason(
        whyNotPlay(cs, state, action),
        unmetConditions(cs, state, action.requires),
        turnUnitOf(cs),
        undefined,
        playedTurnName(cs, state, action.id),
      ),
    },
    fade,
  );
}

export function previewChoice(
  cs: CompiledScenario,
  state: GameState,
  eventId: string,
  choiceId: string,
): Preview | null {
  const choice = cs.events.get(eventId)?.choices?.find((c) => c.id === choiceId);
  if (!choice) return null;
  return previewOutcome(cs, state, choice.effects, {
    title: choice.label,
    text: choice.text ?? null,
    cost: choice.cost ?? 0,
    closes: closedBy(cs, state, eventId, choiceId),
    blocked: blockReason(
      whyNotChoose(cs, state, eventId, choice),
      unmetConditions(cs, state, choice.requires),
      turnUnitOf(cs),
    ),
  });
}

/** "Upgrading signals a lean toward the United States": for the preview's heading. */
export function leanPhrase(powers: PowerTable, outcome: Outcome): string | null {
  const entries = Object.entries(outcome.lean ?? {}).filter(
    (e): e is [PowerId, number] => (e[1] ?? 0) > 0,
  );
  if (entries.length === 0) return null;
  return TEXT.view.signals(entries.map(([p]) => powerName(powers, p)));
}

/**
 * Good or bad for the player: a drift change is good when it brings the meter back toward
 * the centre, so its tone depends on where the meter stands, like the gauges' own.
 */
export function effectTone(line: EffectLine): Tone {
  return changeTone(line.indicator, line.delta, line.from);
}

const round = (x: number) => Math.round(x * 10) / 10;
