/**
 * The few decisions a teacher wants to see in a results table: the big
 * moves (partnership upgrades, once-a-game cards) and the answers to the
 * year's historical events, labelled with the scenario's own titles so the
 * table reads like the game.
 */
import type { CompiledScenario } from '../engine';
import type { ReplayStep } from '../engine/replay';
import { TEXT } from '../i18n';
import { turnLabel } from '../i18n/turn-label';

export interface KeyDecision {
  /** 1-based turn, as the calendar counts. */
  readonly turn: number;
  readonly turnLabel: string;
  readonly kind: 'action' | 'choice';
  /** `action-id` or `event-id/choice-id`. */
  readonly id: string;
  /** "Upgrade with Washington" or "A new map: Protest". */
  readonly label: string;
  /** A partnership tier changed with this decision. */
  readonly upgrade: boolean;
  /**
   * For answers to events: whether Hanoi answered the same way in 2023 (the
   * scenario's historical path, else the choice marked historical). Null for
   * cards, and for events history says nothing about.
   */
  readonly asHistory: boolean | null;
}

function historicalChoice(cs: CompiledScenario, turn: number, eventId: string): string | null {
  const turnId = cs.scenario.calendar[turn]?.id;
  const step = cs.scenario.historicalPath.steps.find((s) => s.turn === turnId);
  const named = step?.choose[eventId];
  if (named !== undefined) return named;
  return cs.events.get(eventId)?.choices?.find((c) => c.historical)?.id ?? null;
}

export function keyDecisions(cs: CompiledScenario, steps: readonly ReplayStep[]): KeyDecision[] {
  const out: KeyDecision[] = [];
  for (const step of steps) {
    const action = step.action;
    if (!action || action.type === 'end-turn') continue;
    const turn = step.explanation.turn;
    const upgrade = step.explanation.tiers.length > 0;
    const base = {
      turn: turn + 1,
      turnLabel: turnLabel(cs, turn),
      upgrade,
    };
    if (action.type === 'play') {
      const card = cs.actions.get(action.action);
      if (!card || !(upgrade || card.once)) continue;
      out.push({ ...base, kind: 'action', id: card.id, label: card.title, asHistory: null });
    } else {
      const ev = cs.events.get(action.event);
      const choice = ev?.choices?.find((c) => c.id === action.choice);
      if (!ev || !choice || (ev.random && !upgrade)) continue;
      const historyChoice = historicalChoice(cs, turn, ev.id);
      out.push({
        ...base,
        kind: 'choice',
        id: `${ev.id}/${choice.id}`,
        label: `${ev.title}: ${choice.label}`,
        asHistory: historyChoice === null ? null : historyChoice === choice.id,
      });
    }
  }
  return out;
}

/**
 * The decisions that set a student's year apart, for a one-line summary: the
 * upgrades, the once-a-game cards and the answers where they left history's
 * path. The full list stays in the row (and the CSV).
 */
export function turningPoints(decisions: readonly KeyDecision[]): KeyDecision[] {
  return decisions.filter((d) => d.upgrade || d.kind === 'action' || d.asHistory === false);
}

/** One line for a table cell or a CSV field: "Month 2: Upgrade with Washington; Month 3: …". */
export function keyDecisionsText(decisions: readonly KeyDecision[]): string {
  return decisions
    .map(
      (d) =>
        `${d.turnLabel}: ${d.label}${d.asHistory === false ? TEXT.view.classTable.differs : ''}`,
    )
    .join('; ');
}
