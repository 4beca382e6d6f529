/**
 * Authoring help: the four places a teacher got stuck writing a scenario
 * (kept as fixtures), did-you-mean for every kind of id, and JSON errors with
 * line, column and the likely cause.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainJsonError } from '../../src/scenario/json-error';
import { formatProblem, loadScenarioData, loadScenarioText } from '../../src/scenario/load';
import { closest, editDistance } from '../../src/scenario/suggest';
import { readFixture, readFixtureJson } from '../helpers';

const hd981 = () => structuredClone(readFixtureJson('hd981-2014.json')) as Record<string, any>;

function problemsOf(data: unknown): string[] {
  const result = loadScenarioData(data, 'hd981.json');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the four stuck points, as fixtures', () => {
  it.each([
    [
      'trailing-comma.json',
      'stuck/trailing-comma.json: (top level): not valid JSON: line 658, column 5: a comma before the closing "]" (a trailing comma): JSON allows none; remove the comma at line 657, column 55',
    ],
    [
      'indicator-typo.json',
      'stuck/indicator-typo.json: actions[2] "calm-the-streets".effects.delta: unknown indicator "home.nationalsim"; did you mean "home.nationalism"? (expected an indicator such as sea.tension, home.mood or relations.<power>)',
    ],
    [
      'missing-sources.json',
      'stuck/missing-sources.json: events[2] "boat-sunk".sources: missing required field "sources". Each event needs at least one source: {publication, date}, e.g. "sources": [{"publication": "Reuters", "date": "2014-05-07"}]',
    ],
    [
      'turn-number.json',
      'stuck/turn-number.json: historicalPath.steps[2].turn: expected a turn id in quotes, found the number 4; the calendar\'s turn ids are: f1, f2, f3, f4, f5, f6, f7; did you mean "f4"?',
    ],
  ])('%s', (name, message) => {
    const result = loadScenarioText(readFixture(`stuck/${name}`), `stuck/${name}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toEqual([message]);
  });

  it('the scenario they were cut from is valid', () => {
    expect(problemsOf(hd981())).toEqual([]);
  });
});

describe('did you mean', () => {
  it('names the nearest card, event, choice, flag and turn', () => {
    const data = hd981();
    data.actions[0].requires = { played: ['hold-the-lnie'], fromTurn: 'f8x', toTurn: 'F2' };
    data.historicalPath.steps[0].choose = { 'rig-arives': 'go-public' };
    data.historicalPath.steps[1].choose = { riots: 'crackdown' };
    data.events[3].when = { flags: ['patrol-boat'] };
    data.actions[5].effects.setFlags = ['patrol-boats'];
    data.historicalPath.steps[2].play = ['tokio-call'];
    expect(problemsOf(data)).toEqual([
      'hd981.json: events[3] "rig-leaves".when.flags[0]: flag "patrol-boat" is never set by the start or any effect; did you mean "patrol-boats"?',
      'hd981.json: actions[0] "film-the-rams".requires.fromTurn: expected a turn id of the calendar (f1, f2, f3, f4, f5, f6, f7), found "f8x"',
      'hd981.json: actions[0] "film-the-rams".requires.toTurn: expected a turn id of the calendar (f1, f2, f3, f4, f5, f6, f7), found "F2"; did you mean "f2"?',
      'hd981.json: actions[0] "film-the-rams".requires.played[0]: expected the id of an action, found unknown action "hold-the-lnie"; did you mean "hold-the-line"?',
      'hd981.json: historicalPath.steps[0].choose.rig-arives: expected the id of an event, found unknown event "rig-arives"; did you mean "rig-arrives"?',
      'hd981.json: historicalPath.steps[1].choose.riots: event "riots" has no choice "crackdown" (it has: crack-down, let-it-burn); did you mean "crack-down"?',
      'hd981.json: historicalPath.steps[2].play[0]: expected the id of an action, found unknown action "tokio-call"; did you mean "tokyo-call"?',
    ]);
  });

  it('names the nearest field, indicator and allowed value', () => {
    const data = hd981();
    data.events[0].sources[0].publicaton = 'Reuters';
    data.start.indicators['relation.cn'] = 50;
    data.start.tiers.us = 'strategik';
    data.turnUnit = 'fortnights';
    expect(problemsOf(data)).toEqual([
      'hd981.json: turnUnit: expected one of "month", "fortnight", "week", found the text "fortnights"; did you mean "fortnight"?',
      'hd981.json: start.indicators: unknown indicator "relation.cn"; did you mean "relations.cn"? (expected an indicator such as sea.tension, home.mood or relations.<power>)',
      'hd981.json: start.tiers.us: expected one of "partner", "comprehensive", "strategic", "extensive-strategic", "comprehensive-strategic", found the text "strategik"; did you mean "strategic"?',
      'hd981.json: events[0] "rig-arrives".sources[0]: unknown field "publicaton"; did you mean "publication"? (the fields here are: publication, date, approximate, title, url, note)',
    ]);
  });

  it('says nothing when no name is near, or two are equally near', () => {
    expect(closest('no-such-card', ['visit-beijing', 'protest-note'])).toBeUndefined();
    expect(closest('m9', ['m1', 'm2', 'm3'])).toBeUndefined();
    expect(closest('m9', ['m1', 'x7'])).toBe('m1');
  });

  it('measures edits as a distance should', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { numRuns: 300 },
    );
    expect(editDistance('nationalism', 'nationalsim')).toBe(1);
  });
});

describe('JSON errors', () => {
  it.each([
    [
      '{"a": [1, 2,\n ]\n}',
      2,
      2,
      'a comma before the closing "]" (a trailing comma): JSON allows none; remove the comma at line 1, column 12',
    ],
    [
      '{"a": 1,\n}',
      2,
      1,
      'a comma before the closing "}" (a trailing comma): JSON allows none; remove the comma at line 1, column 8',
    ],
    [
      '{"a": 1\n "b": 2}',
      2,
      2,
      'a comma is missing at the end of line 1, before "b": separate the items of a list or object with commas',
    ],
    ["{'a': 1}", 1, 2, 'texts and field names take double quotes "…", not single quotes'],
    [
      '{"a": 1 // why\n}',
      1,
      9,
      'JSON allows no comments (// or /* */); remove them, or put the note in a "note" field',
    ],
    ['{"a": "x\n}', 1, 7, 'a text is not closed: its closing double quote " is missing'],
    ['{"a": [1, 2}', 1, 12, 'expected a comma or a closing ] before "}"'],
    [
      '{"a": {"b": 1}',
      1,
      15,
      'the file ends before every { and [ is closed; a closing bracket is missing',
    ],
    ['', 1, 1, 'the file is empty; a scenario is one JSON object { … }'],
    ['{"a": 1} x', 1, 10, 'something follows the end of the scenario object: "x"'],
    ['{"a": True}', 1, 7, 'True is not JSON: write true, false or null in lower case'],
  ])('%j', (text, line, column, cause) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(explainJsonError(text)).toEqual({ line, column, cause });
  });

  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(explainJsonError(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
