/** Turns an explanation's `source` into words a player reads: who did it, and what. */
import { type CompiledScenario, type PowerId, sourceOf } from '../engine';
import { TEXT } from '../i18n';
import { powerName, RULE_LABELS, RULE_LABELS_UP } from './labels';

export type Actor = 'you' | PowerId | 'world' | 'rules';

/**
 * Who acted, as the screens draw it: the name on its tag (the player, the world, the rules, or
 * a power by its short name) and, for a power, its place in the scenario's list and its own
 * colour if the scenario gives one (the screens pick an ink by place otherwise).
 */
export interface ActorLook {
  readonly actor: Actor;
  readonly actorName: string;
  readonly actorSlot: number | null;
  readonly actorColor: string | null;
}

export function actorLook(cs: CompiledScenario, actor: Actor): ActorLook {
  const slot = cs.tables.vocab.powerSlot[actor];
  if (slot === undefined) {
    const name = (TEXT.game.news.actors as Record<string, string | undefined>)[actor];
    return { actor, actorName: name ?? actor.toUpperCase(), actorSlot: null, actorColor: null };
  }
  const power = cs.scenario.powers[actor];
  return {
    actor,
    actorName: (power?.short ?? power?.name ?? actor).toLocaleUpperCase(),
    actorSlot: slot,
    actorColor: power?.color ?? null,
  };
}

export interface SourceView {
  readonly actor: Actor;
  readonly label: string;
  /** A shorter label where a line has little room (an answer without its event's title). */
  readonly short?: string;
}

/**
 * `delta`, when given, is what the cause did: a rule that pulls a gauge toward its usual level
 * is named for the way it pulled ("eases" when it fell, "back up" when it rose).
 */
export function describeSource(cs: CompiledScenario, id: string, delta?: number): SourceView {
  const source = sourceOf(id);
  switch (source.kind) {
    case 'action': {
      const action = cs.actions.get(source.action);
      return { actor: 'you', label: TEXT.view.causes.action(action?.title ?? source.action) };
    }
    case 'choice': {
      const ev = cs.events.get(source.event);
      const choice = ev?.choices?.find((c) => c.id === source.choice);
      return {
        actor: 'you',
        label: TEXT.view.causes.choice(ev?.title ?? source.event, choice?.label ?? source.choice),
        short: TEXT.view.causes.answer(choice?.label ?? source.choice),
      };
    }
    case 'event':
    case 'random': {
      const ev = cs.events.get(source.event);
      return { actor: 'world', label: ev?.title ?? source.event };
    }
    case 'reaction': {
      const p = source.power;
      const reaction = cs.reactions[p]?.find((r) => r.id === source.reaction);
      return {
        actor: p,
        label: `${powerName(cs.scenario.powers, p)}: ${reaction?.text ?? source.reaction}`,
      };
    }
    case 'risk':
      return { actor: 'world', label: riskText(cs, source.risk) ?? source.risk };
    case 'rule': {
      const up = (RULE_LABELS_UP as Partial<Record<string, string>>)[source.rule];
      return {
        actor: 'rules',
        label: up && delta !== undefined && delta > 0 ? up : RULE_LABELS[source.rule],
      };
    }
    case 'turn':
    case 'end':
    case 'unknown':
      return { actor: 'world', label: id };
    default: {
      const unhandled: never = source;
      return unhandled;
    }
  }
}

function riskText(cs: CompiledScenario, id: string): string | undefined {
  const { scenario } = cs;
  const outcomes = [
    ...scenario.actions.map((a) => a.effects),
    ...[...cs.events.values()].flatMap((e) => [
      e.effects,
      ...(e.choices ?? []).map((c) => c.effects),
    ]),
    ...Object.values(cs.reactions).flatMap((rs) => rs.map((r) => r.effects)),
  ];
  for (const o of outcomes) {
    const risk = o?.risks?.find((r) => r.id === id);
    if (risk) return risk.text;
  }
  return undefined;
}
