/** The scenario gate: every problem reported with file, field and expectation; never a throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioData, loadScenarioText } from '../../src/scenario/load';
import { readFixtureJson } from '../helpers';

const mini = () => structuredClone(readFixtureJson('mini.json')) as Record<string, any>;

function problemsOf(data: unknown): string[] {
  const result = loadScenarioData(data, 'broken.json');
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

describe('scenario loader', () => {
  it('accepts the fixture', () => {
    expect(problemsOf(mini())).toEqual([]);
  });

  it('names the file, line and column of malformed JSON', () => {
    const result = loadScenarioText('{\n  "id": "x",\n  oops\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblem(result.problems[0]!)).toMatch(
        /^bad\.json: \(top level\): not valid JSON: line 3, column 3: "oops" is not in double quotes/,
      );
  });

  it('reports a missing field and a wrong type at once', () => {
    const data = mini();
    delete data.title;
    data.calendar[1].label = 42;
    expect(problemsOf(data)).toEqual([
      'broken.json: title: missing required field "title". The scenario\'s title, shown on the title screen and in the debrief.',
      'broken.json: calendar[1] "m2".label: expected a text in quotes, found the number 42',
    ]);
  });

  it('names unknown fields (typos)', () => {
    const data = mini();
    data.actions[0].costt = 3;
    expect(problemsOf(data)).toEqual([
      'broken.json: actions[0] "visit-beijing": unknown field "costt"; did you mean "cost"? (the fields here are: id, title, category, text, cost, costPer, requires, once, cooldown, effects)',
    ]);
  });

  it('rejects an unknown indicator', () => {
    const data = mini();
    data.actions[2].effects.delta['sea.pride'] = 3;
    expect(problemsOf(data)).toEqual([
      'broken.json: actions[2] "protest-note".effects.delta: unknown indicator "sea.pride" (expected an indicator such as sea.tension, home.mood or relations.<power>)',
    ]);
  });

  it('finds cross-reference errors', () => {
    const data = mini();
    data.events[0].date = '2024-05-01';
    data.actions[0].requires = { played: ['no-such-card'], fromTurn: 'm9' };
    data.events[0].choices[1].effects = {};
    data.randomEvents.events[0].weight = { base: 1, per: { 'relations.cn': -0.05 } };
    data.historicalPath.steps[0].choose = { map: 'shrug' };
    data.events[1].when = { flags: ['us-cps'] };
    expect(problemsOf(data)).toEqual([
      'broken.json: events[0] "map".date: expected a date inside the calendar (2023-01-01 to 2023-04-30), found 2024-05-01',
      'broken.json: events[0] "map".choices[1] "silence".effects: expected effects that change something (delta, lean, tier, flags or risks), found none',
      'broken.json: events[1] "after-upgrade".when.flags[0]: flag "us-cps" is never set by the start or any effect; did you mean "us-csp"?',
      'broken.json: randomEvents.events[0] "typhoon".weight: this weight can become negative (as low as -4 over the indicators\' ranges); raise "base" or lower the negative "per" factors',
      'broken.json: actions[0] "visit-beijing".requires.fromTurn: expected a turn id of the calendar (m1, m2, m3, m4), found "m9"',
      'broken.json: actions[0] "visit-beijing".requires.played[0]: expected the id of an action, found unknown action "no-such-card"',
      'broken.json: historicalPath.steps[0].choose.map: event "map" has no choice "shrug" (it has: protest, silence)',
    ]);
  });

  it('refuses an event the player could not answer', () => {
    const data = mini();
    data.events[0].choices[0].cost = 2;
    data.events[0].choices[1].requires = { min: { 'home.mood': 90 } };
    expect(problemsOf(data)).toContainEqual(
      'broken.json: events[0] "map".choices: expected at least one choice with no "requires" and no "cost", so the player can always answer',
    );
  });

  it('refuses a reaction that tries to lean', () => {
    const data = mini();
    data.powers.jp.reactions[0].effects.lean = { jp: 2 };
    expect(problemsOf(data)).toEqual([
      'broken.json: powers.jp.reactions[0] "oda".effects.lean: a reaction cannot lean: lean signals the player\'s own decisions and is counted before the powers react; use delta on suspicion or relations instead',
    ]);
  });

  it('refuses duplicate ids and out-of-range starting values', () => {
    const data = mini();
    data.actions[2].id = 'visit-beijing';
    data.start.indicators['relations.cn'] = 140;
    expect(problemsOf(data)).toEqual([
      'broken.json: actions: id "visit-beijing" is used twice; ids must be unique',
      'broken.json: start.indicators.relations.cn: expected a number from 0 to 100, found 140',
    ]);
  });

  it('refuses a scenario with 100,000 events by its size, before parsing it', () => {
    const data = mini();
    const event = data.events[0];
    data.events = Array.from({ length: 100_000 }, (_, i) => ({ ...event, id: `e${i}` }));
    const text = JSON.stringify(data);
    const result = loadScenarioText(text, 'huge.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatProblem(result.problems[0]!)).toMatch(
        /^huge\.json: \(top level\): the file is \d+ characters long; a scenario may have at most 2000000$/,
      );
    }
  });

  it('always returns a result or problems for random JSON, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadScenarioData(value, 'fuzz.json');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('survives random mutations of a valid scenario', () => {
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (value === null || typeof value !== 'object') return [prefix];
      const entries = Array.isArray(value)
        ? value.map((v, i) => [i, v] as const)
        : Object.entries(value);
      return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
    };
    const all = paths(mini()).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.jsonValue(), (index, replacement) => {
        const data = mini();
        const path = all[index] ?? [];
        let node: any = data;
        for (const key of path.slice(0, -1)) node = node[key];
        node[path.at(-1) as string] = replacement;
        const result = loadScenarioData(data, 'mutant.json');
        if (!result.ok)
          for (const p of result.problems) expect(formatProblem(p)).toMatch(/^mutant\.json: /);
      }),
      { numRuns: 300 },
    );
  });
});
