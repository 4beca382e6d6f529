/** Turns an explanation's `source` into words a player reads: who did it, and what. */
import type { CompiledScenario, PowerId } from '../engine';
import { TEXT } from '../i18n';
import { POWER_NAMES, RULE_LABELS } from './labels';

export type Actor = 'you' | PowerId | 'world' | 'rules';

export interface SourceView {
  readonly actor: Actor;
  readonly label: string;
}

export function describeSource(cs: CompiledScenario, source: string): SourceView {
  const colon = source.indexOf(':');
  const kind = source.slice(0, colon);
  const rest = source.slice(colon + 1);
  switch (kind) {
    case 'action': {
      const action = cs.actions.get(rest);
      return { actor: 'you', label: TEXT.view.causes.action(action?.title ?? rest) };
    }
    case 'choice': {
      const [eventId = '', choiceId = ''] = rest.split('/');
      const ev = cs.events.get(eventId);
      const choice = ev?.choices?.find((c) => c.id === choiceId);
      return {
        actor: 'you',
        label: TEXT.view.causes.choice(ev?.title ?? eventId, choice?.label ?? choiceId),
      };
    }
    case 'event':
    case 'random': {
      const ev = cs.events.get(rest);
      return { actor: 'world', label: ev?.title ?? rest };
    }
    case 'reaction': {
      const [power = '', id = ''] = rest.split('/');
      const p = power as PowerId;
      const reaction = cs.reactions[p]?.find((r) => r.id === id);
      return { actor: p, label: `${POWER_NAMES[p] ?? power}: ${reaction?.text ?? id}` };
    }
    case 'risk':
      return { actor: 'world', label: riskText(cs, rest) ?? rest };
    case 'rule':
      return { actor: 'rules', label: RULE_LABELS[rest] ?? rest };
    default:
      return { actor: 'world', label: source };
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
