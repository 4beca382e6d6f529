/**
 * Checks the schema cannot express: references between parts of a scenario,
 * dates inside the calendar, weights that could go negative, events the
 * player could not answer.
 */
import { type IndicatorTable, indicatorTable } from '../engine/indicators';
import type { Condition, Formula, Outcome, Scenario } from './schema';
import { didYouMean, listIds } from './suggest';

export interface CrossProblem {
  readonly path: string;
  readonly message: string;
}

export function crossCheck(s: Scenario): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  // The scenario's own ruleset's indicators (the schema knew only the shipped ones).
  const table = indicatorTable(s.indicators);
  const turnIds = new Set(s.calendar.map((t) => t.id));
  const turnList = listIds([...turnIds]);
  const actionIds = new Set(s.actions.map((a) => a.id));
  const flagsSet = collectFlags(s);

  checkCalendar(s, report);
  checkUnique(s.actions, 'actions', report);
  checkUnique([...s.events, ...s.randomEvents.events], 'events and randomEvents', report);

  checkPowers(s, table, report);

  for (const [key, value] of Object.entries(s.start.indicators)) {
    const range = table.range(key);
    if (range && value !== undefined && (value < range.min || value > range.max)) {
      report(
        `start.indicators.${key}`,
        `expected a number from ${range.min} to ${range.max}, found ${value}`,
      );
    }
  }

  const checkCondition = (cond: Condition | undefined, path: string): void => {
    if (!cond) return;
    for (const field of ['fromTurn', 'toTurn'] as const) {
      const turn = cond[field];
      if (turn !== undefined && !turnIds.has(turn)) {
        report(
          `${path}.${field}`,
          `expected a turn id of the calendar (${turnList}), found "${turn}"${didYouMean(turn, turnIds)}`,
        );
      }
    }
    for (const field of ['played', 'notPlayed', 'playedThisTurn'] as const) {
      cond[field]?.forEach((a, i) => {
        if (!actionIds.has(a))
          report(
            `${path}.${field}[${i}]`,
            `expected the id of an action, found unknown action "${a}"${didYouMean(a, actionIds)}`,
          );
      });
    }
    for (const field of ['flags', 'notFlags'] as const) {
      cond[field]?.forEach((f, i) => {
        if (!flagsSet.has(f))
          report(
            `${path}.${field}[${i}]`,
            `flag "${f}" is never set by the start or any effect${didYouMean(f, flagsSet) || ' (a typo?)'}`,
          );
      });
    }
    cond.any?.forEach((c, i) => {
      checkCondition(c, `${path}.any[${i}]`);
    });
  };
  const checkWeight = (w: Formula, path: string) => {
    const low = lowestValue(w, table);
    if (low < 0)
      report(
        path,
        `this weight can become negative (as low as ${round(low)} over the indicators' ranges); raise "base" or lower the negative "per" factors`,
      );
  };
  const checkOutcome = (o: Outcome | undefined, path: string, mustChange: boolean) => {
    if (!o) return;
    const changes =
      Object.keys(o.delta ?? {}).length +
      Object.keys(o.lean ?? {}).length +
      Object.keys(o.tier ?? {}).length +
      (o.setFlags?.length ?? 0) +
      (o.clearFlags?.length ?? 0) +
      (o.risks?.length ?? 0);
    if (mustChange && changes === 0)
      report(
        path,
        'expected effects that change something (delta, lean, tier, flags or risks), found none',
      );
  };

  s.events.forEach((ev, i) => {
    const path = `events[${i}] "${ev.id}"`;
    if (!s.calendar.some((t) => t.start <= ev.date && ev.date <= t.end)) {
      report(
        `${path}.date`,
        `expected a date inside the calendar (${s.calendar[0]?.start} to ${s.calendar.at(-1)?.end}), found ${ev.date}`,
      );
    }
  });
  [
    ...s.events.map((e, i) => ({ e, path: `events[${i}] "${e.id}"` })),
    ...s.randomEvents.events.map((e, i) => ({ e, path: `randomEvents.events[${i}] "${e.id}"` })),
  ].forEach(({ e, path }) => {
    checkCondition(e.when, `${path}.when`);
    checkOutcome(e.effects, `${path}.effects`, false);
    if ('weight' in e) checkWeight(e.weight, `${path}.weight`);
    if ('variants' in e && e.variants && e.variants.length > e.maxTimes - 1)
      report(
        `${path}.variants`,
        `expected at most ${e.maxTimes - 1} variants (one for each firing after the first, maxTimes ${e.maxTimes}), found ${e.variants.length}: the last would never be shown`,
      );
    if ('cooldown' in e && e.cooldown && e.maxTimes < 2)
      report(
        `${path}.cooldown`,
        `expected maxTimes of 2 or more with a cooldown, found maxTimes ${e.maxTimes}: an event that fires once never rests`,
      );
    if (!e.effects && !e.choices)
      report(path, 'expected "effects" or "choices": this event would do nothing');
    if (e.choices) {
      checkUnique(e.choices, `${path}.choices`, report);
      e.choices.forEach((c, j) => {
        checkCondition(c.requires, `${path}.choices[${j}] "${c.id}".requires`);
        checkOutcome(c.effects, `${path}.choices[${j}] "${c.id}".effects`, true);
      });
      if (!e.choices.some((c) => !c.requires && !c.cost)) {
        report(
          `${path}.choices`,
          'expected at least one choice with no "requires" and no "cost", so the player can always answer',
        );
      }
    }
  });
  s.actions.forEach((a, i) => {
    const path = `actions[${i}] "${a.id}"`;
    checkCondition(a.requires, `${path}.requires`);
    checkOutcome(a.effects, `${path}.effects`, true);
  });
  for (const [p, power] of Object.entries(s.powers)) {
    if (power.rivals.includes(p)) report(`powers.${p}.rivals`, `a power cannot be its own rival`);
    checkUnique(power.reactions, `powers.${p}.reactions`, report);
    power.reactions.forEach((r, i) => {
      const path = `powers.${p}.reactions[${i}] "${r.id}"`;
      checkCondition(r.when, `${path}.when`);
      checkWeight(r.weight, `${path}.weight`);
      checkOutcome(r.effects, `${path}.effects`, true);
      if (r.effects.lean) {
        report(
          `${path}.effects.lean`,
          "a reaction cannot lean: lean signals the player's own decisions and is counted before the powers react; use delta on suspicion or relations instead",
        );
      }
    });
  }
  s.historicalPath.steps.forEach((step, i) => {
    const path = `historicalPath.steps[${i}]`;
    if (!turnIds.has(step.turn))
      report(
        `${path}.turn`,
        `expected a turn id of the calendar (${turnList}), found "${step.turn}"${didYouMean(step.turn, turnIds)}`,
      );
    step.play.forEach((a, j) => {
      if (!actionIds.has(a))
        report(
          `${path}.play[${j}]`,
          `expected the id of an action, found unknown action "${a}"${didYouMean(a, actionIds)}`,
        );
    });
    for (const [eventId, choiceId] of Object.entries(step.choose)) {
      const all = [...s.events, ...s.randomEvents.events];
      const ev = all.find((e) => e.id === eventId);
      if (!ev)
        report(
          `${path}.choose.${eventId}`,
          `expected the id of an event, found unknown event "${eventId}"${didYouMean(
            eventId,
            all.map((e) => e.id),
          )}`,
        );
      else if (!ev.choices?.some((c) => c.id === choiceId)) {
        const choiceIds = (ev.choices ?? []).map((c) => c.id);
        report(
          `${path}.choose.${eventId}`,
          `event "${eventId}" has no choice "${choiceId}" (it has: ${choiceIds.join(', ') || 'no choices'})${didYouMean(choiceId, choiceIds)}`,
        );
      }
    }
  });
  return problems;
}

type Report = (path: string, message: string) => void;

/**
 * Every power a scenario names, wherever it names one (indicator keys of a
 * per-power family, leans, tiers, rivals, the rules' partners and weights),
 * must be one of its `powers`; and the powers' own tables must cover each.
 */
function checkPowers(s: Scenario, table: IndicatorTable, report: Report): void {
  const powers = new Set(Object.keys(s.powers));
  const list = listIds([...powers]);
  const unknown = (p: string) =>
    `expected one of the scenario's powers (${list}), found "${p}"${didYouMean(p, powers)}`;
  const power = (p: string, path: string) => {
    if (!powers.has(p)) report(path, unknown(p));
  };
  const keys = (rec: Readonly<Record<string, unknown>> | undefined, path: string) => {
    for (const p of Object.keys(rec ?? {})) power(p, `${path}.${p}`);
  };
  const indicators = (rec: Readonly<Record<string, unknown>> | undefined, path: string) => {
    for (const key of Object.keys(rec ?? {})) {
      if (!table.range(key)) {
        report(
          `${path}.${key}`,
          `unknown indicator "${key}": ruleset "${s.ruleset.id}" does not define it`,
        );
        continue;
      }
      const split = table.split(key);
      if (split && !powers.has(split.power)) report(`${path}.${key}`, unknown(split.power));
    }
  };
  const condition = (c: Condition | undefined, path: string): void => {
    if (!c) return;
    indicators(c.min, `${path}.min`);
    indicators(c.max, `${path}.max`);
    keys(c.tierAtLeast, `${path}.tierAtLeast`);
    keys(c.tierBelow, `${path}.tierBelow`);
    keys(c.leanAtLeast, `${path}.leanAtLeast`);
    keys(c.leanBelow, `${path}.leanBelow`);
    c.any?.forEach((sub, i) => {
      condition(sub, `${path}.any[${i}]`);
    });
  };
  const formula = (f: Formula | number | undefined, path: string) => {
    if (f && typeof f === 'object') indicators(f.per, `${path}.per`);
  };
  const outcome = (o: Outcome | undefined, path: string) => {
    if (!o) return;
    indicators(o.delta, `${path}.delta`);
    keys(o.lean, `${path}.lean`);
    keys(o.tier, `${path}.tier`);
    o.risks?.forEach((r, i) => {
      indicators(r.delta, `${path}.risks[${i}].delta`);
      keys(r.lean, `${path}.risks[${i}].lean`);
      formula(r.chance, `${path}.risks[${i}].chance`);
    });
  };

  indicators(s.start.indicators, 'start.indicators');
  keys(s.start.tiers, 'start.tiers');
  for (const p of powers)
    if (!Object.hasOwn(s.start.tiers, p))
      report('start.tiers', `expected a starting tier for power "${p}"`);
  const { drift, economy, sea, home } = s.rules;
  keys(drift.weights, 'rules.drift.weights');
  for (const p of powers)
    if (!Object.hasOwn(drift.weights, p))
      report(
        'rules.drift.weights',
        `expected a drift weight for power "${p}" (its place on the drift axis; 0 for neither side)`,
      );
  keys(home.backlash, 'rules.home.backlash');
  power(economy.tradePartner, 'rules.economy.tradePartner');
  power(economy.accessPartner, 'rules.economy.accessPartner');
  power(sea.incidentsBy, 'rules.sea.incidentsBy');
  s.actions.forEach((a, i) => {
    const path = `actions[${i}] "${a.id}"`;
    condition(a.requires, `${path}.requires`);
    indicators(a.costPer, `${path}.costPer`);
    outcome(a.effects, `${path}.effects`);
  });
  [
    ...s.events.map((e, i) => ({ e, path: `events[${i}] "${e.id}"` })),
    ...s.randomEvents.events.map((e, i) => ({ e, path: `randomEvents.events[${i}] "${e.id}"` })),
  ].forEach(({ e, path }) => {
    condition(e.when, `${path}.when`);
    outcome(e.effects, `${path}.effects`);
    if ('postpone' in e && e.postpone) indicators(e.postpone.price, `${path}.postpone.price`);
    if ('weight' in e) formula(e.weight, `${path}.weight`);
    e.choices?.forEach((c, j) => {
      condition(c.requires, `${path}.choices[${j}] "${c.id}".requires`);
      outcome(c.effects, `${path}.choices[${j}] "${c.id}".effects`);
    });
  });
  for (const [p, def] of Object.entries(s.powers)) {
    def.rivals.forEach((r, i) => {
      power(r, `powers.${p}.rivals[${i}]`);
    });
    def.reactions.forEach((r, i) => {
      const path = `powers.${p}.reactions[${i}] "${r.id}"`;
      condition(r.when, `${path}.when`);
      formula(r.weight, `${path}.weight`);
      outcome(r.effects, `${path}.effects`);
    });
  }
}

function checkCalendar(s: Scenario, report: (path: string, message: string) => void): void {
  checkUnique(s.calendar, 'calendar', report);
  s.calendar.forEach((t, i) => {
    if (t.start > t.end)
      report(`calendar[${i}] "${t.id}"`, `expected start (${t.start}) on or before end (${t.end})`);
    const prev = s.calendar[i - 1];
    if (prev && t.start <= prev.end) {
      report(
        `calendar[${i}] "${t.id}".start`,
        `expected a date after the previous turn's end (${prev.end}), found ${t.start}`,
      );
    }
  });
}

function checkUnique(
  items: readonly { id: string }[],
  path: string,
  report: (path: string, message: string) => void,
): void {
  const seen = new Set<string>();
  items.forEach((item) => {
    if (seen.has(item.id)) report(path, `id "${item.id}" is used twice; ids must be unique`);
    seen.add(item.id);
  });
}

function collectFlags(s: Scenario): Set<string> {
  const flags = new Set<string>(s.start.flags);
  const add = (o: Outcome | undefined) => {
    if (!o) return;
    for (const f of [...(o.setFlags ?? []), ...(o.clearFlags ?? [])]) flags.add(f);
    for (const r of o.risks ?? []) for (const f of r.setFlags ?? []) flags.add(f);
  };
  for (const a of s.actions) add(a.effects);
  for (const e of [...s.events, ...s.randomEvents.events]) {
    add(e.effects);
    for (const c of e.choices ?? []) add(c.effects);
  }
  for (const power of Object.values(s.powers)) for (const r of power.reactions) add(r.effects);
  return flags;
}

/** The smallest value a formula can take when every indicator ranges over its bounds. */
export function lowestValue(f: Formula, table: IndicatorTable): number {
  let low = f.base;
  for (const [key, factor] of Object.entries(f.per ?? {})) {
    const range = table.range(key);
    if (range && factor !== undefined) low += Math.min(factor * range.min, factor * range.max);
  }
  return low;
}

const round = (x: number) => Math.round(x * 100) / 100;
