/**
 * A scenario's rules without its words: what the rules hash covers. Titles,
 * texts, labels, news, places, sources, disputes, notes and debrief questions
 * are left out, so a translated scenario plays the same game under the same
 * hash: a Vietnamese and an English student in one class verify against one
 * class code. Everything that can change a state stays in.
 *
 * Written out field by field rather than by deleting keys by name, so an id
 * that happens to be spelled "title" in a record of ids is never dropped.
 */
import type {
  Action,
  Choice,
  Outcome,
  Power,
  RandomEvent,
  Reaction,
  Risk,
  Rules,
  Scenario,
  ScheduledEvent,
} from './scenario';

const risk = (r: Risk) => ({
  id: r.id,
  chance: r.chance,
  delta: r.delta,
  lean: r.lean,
  setFlags: r.setFlags,
});

const outcome = (o: Outcome | undefined) =>
  o && {
    delta: o.delta,
    lean: o.lean,
    tier: o.tier,
    setFlags: o.setFlags,
    clearFlags: o.clearFlags,
    risks: o.risks?.map(risk),
    // Whether an outcome has news decides whether a news item is recorded; its words do not matter.
    news: o.news === undefined ? undefined : true,
  };

const choice = (c: Choice) => ({
  id: c.id,
  cost: c.cost,
  requires: c.requires,
  effects: outcome(c.effects),
  historical: c.historical,
});

const event = (e: ScheduledEvent | RandomEvent) => ({
  id: e.id,
  when: e.when,
  effects: outcome(e.effects),
  choices: e.choices?.map(choice),
  date: 'date' in e ? e.date : undefined,
  weight: 'weight' in e ? e.weight : undefined,
  maxTimes: 'maxTimes' in e ? e.maxTimes : undefined,
  // 0 plays as no rest at all: written as absent, so it hashes as a file that names none.
  cooldown: 'cooldown' in e && e.cooldown ? e.cooldown : undefined,
  postpone: 'postpone' in e ? e.postpone : undefined,
});

const reaction = (r: Reaction) => ({
  id: r.id,
  kind: r.kind,
  when: r.when,
  weight: r.weight,
  effects: outcome(r.effects),
  cooldown: r.cooldown,
});

const power = (p: Power) => ({
  rivals: p.rivals,
  suspicionPerRivalLean: p.suspicionPerRivalLean,
  reassurancePerLean: p.reassurancePerLean,
  suspicionDecay: p.suspicionDecay,
  suspicionBiteAt: p.suspicionBiteAt,
  suspicionBite: p.suspicionBite,
  quietWeight: p.quietWeight,
  reactions: p.reactions.map(reaction),
});

const action = (a: Action) => ({
  id: a.id,
  category: a.category,
  cost: a.cost,
  costPer: a.costPer,
  requires: a.requires,
  once: a.once,
  cooldown: a.cooldown,
  effects: outcome(a.effects),
});

/**
 * The rules with each mechanic left at its neutral setting written as absent:
 * a ruleset that names upkeep 0 or patience 1/1 plays the same game as one
 * that names nothing, so it gets the same hash (and games recorded before
 * the setting existed still verify).
 */
function activeRules(r: Rules): Rules {
  const { capitalUpkeepFrom, capitalUpkeep, capitalPerGrowth, ...home } = r.home;
  const { neglect, patience, ...rest } = r;
  return {
    ...rest,
    home: {
      ...home,
      ...(capitalUpkeep ? { capitalUpkeepFrom, capitalUpkeep } : {}),
      ...(capitalPerGrowth ? { capitalPerGrowth } : {}),
    },
    ...(neglect && (neglect.rate !== 0 || neglect.base !== 0) ? { neglect } : {}),
    ...(patience && (patience.wear !== 1 || patience.recovery !== 1) ? { patience } : {}),
  };
}

export function rulesOf(s: Scenario): unknown {
  return {
    format: s.format,
    ruleset: s.ruleset,
    // Ranges clamp every change, so they are rules; groups, polarity and formats are display.
    indicators: s.indicators.map((d) => ({
      key: d.key,
      perPower: d.perPower ?? false,
      min: d.min,
      max: d.max,
    })),
    id: s.id,
    defaultSeed: s.defaultSeed,
    calendar: s.calendar.map((t) => ({ id: t.id, start: t.start, end: t.end })),
    start: s.start,
    powers: Object.fromEntries(Object.entries(s.powers).map(([id, p]) => [id, power(p)])),
    rules: activeRules(s.rules),
    thresholds: s.thresholds,
    actions: s.actions.map(action),
    events: s.events.map(event),
    randomEvents: {
      draws: s.randomEvents.draws,
      noneWeight: s.randomEvents.noneWeight,
      events: s.randomEvents.events.map(event),
    },
    historicalPath: s.historicalPath.steps.map((st) => ({
      turn: st.turn,
      play: st.play,
      choose: st.choose,
    })),
  };
}
