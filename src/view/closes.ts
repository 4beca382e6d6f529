/**
 * Which later options an event's answer shuts, told from the data: a flag this answer raises
 * that a later option forbids, or a flag only another answer of the same event raises that a
 * later option needs. The player reads it in the preview ("Closes: …") before committing.
 */
import type { CompiledScenario, GameState } from '../engine';
import { TEXT } from '../i18n';
import type { Condition, Outcome } from '../scenario/schema';

const raised = (o: Outcome | undefined): readonly string[] => o?.setFlags ?? [];

/** The flags a condition needs up and those it needs down, `any` left aside (a way may remain). */
function needs(cond: Condition | undefined): {
  up: readonly string[];
  down: readonly string[];
} {
  return { up: cond?.flags ?? [], down: cond?.notFlags ?? [] };
}

export function closedBy(
  cs: CompiledScenario,
  state: GameState,
  eventId: string,
  choiceId: string,
): string[] {
  const scenario = cs.scenario;
  const event = scenario.events.find((e) => e.id === eventId);
  const choice = event?.choices?.find((c) => c.id === choiceId);
  if (!event || !choice) return [];
  const up = (flag: string) => state.flags.includes(flag);
  const mine = new Set(raised(choice.effects).filter((f) => !up(f)));
  const others = new Set(
    (event.choices ?? [])
      .filter((c) => c.id !== choiceId)
      .flatMap((c) => raised(c.effects))
      .filter((f) => !mine.has(f) && !up(f)),
  );
  // A card that raises the flag could still open the option later, unless it comes this very turn.
  const byCard = (flag: string) => scenario.actions.some((a) => raised(a.effects).includes(flag));
  const turn = scenario.calendar[state.turn];
  const thisTurn = (date: string) => !!turn && date >= turn.start && date <= turn.end;
  const out: string[] = [];
  for (const later of scenario.events) {
    if (later.id === eventId || later.date < event.date) continue;
    // Counted once fired; one still waiting its answer (this very turn) can still be shut.
    const over = (state.counts[`event:${later.id}`] ?? 0) > 0 && !state.pending.includes(later.id);
    if (over) continue;
    for (const c of later.choices ?? []) {
      const need = needs(c.requires);
      const shut =
        need.down.some((f) => mine.has(f)) ||
        need.up.some((f) => others.has(f) && (thisTurn(later.date) || !byCard(f)));
      if (shut) out.push(TEXT.view.closes(later.title, c.label));
    }
  }
  for (const action of scenario.actions) {
    if ((state.counts[`action:${action.id}`] ?? 0) > 0) continue;
    // A card forbidding the flag it raises itself is one way to the same end, not a loss.
    const shut = needs(action.requires).down.filter((f) => mine.has(f));
    if (shut.some((f) => !raised(action.effects).includes(f))) out.push(`“${action.title}”`);
  }
  return out;
}
