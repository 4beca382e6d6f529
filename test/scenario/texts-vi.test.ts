/**
 * The shipped Vietnamese texts of the 2023 campaign (scenarios/texts/2023.vi.json): complete,
 * really translated, and the very same game, so a Vietnamese and an English student of one
 * class hand in replays that verify against the same class code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyReplayFile } from '../../src/classroom';
import { formatProblem, loadScenarioText, withTexts } from '../../src/scenario/load';
import { localize, scenarioNames, scenarioTexts } from '../../src/scenario/texts';
import { newClassCode } from '../../src/share';
import { file as replayFile, studentReplay } from '../classroom/replays';

const SCENARIO = 'scenarios/2023.json';
const OVERLAY = 'scenarios/texts/2023.vi.json';

const loaded = loadScenarioText(readFileSync(SCENARIO, 'utf8'), SCENARIO);
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const english = loaded;
const overlay = JSON.parse(readFileSync(OVERLAY, 'utf8')) as {
  scenario: string;
  locale: string;
  texts: Record<string, string>;
};
const vi = withTexts(english, overlay, OVERLAY);
if (!vi.ok) throw new Error(vi.problems.map(formatProblem).join('\n'));

/**
 * Texts a Vietnamese reader reads exactly as an English one: place and person names that
 * Vietnamese write the same way, and the titles of published articles, cited as published.
 * Anything else left identical is a text not yet translated.
 */
const PUBLISHED_TITLE = /\.sources\.\d+\.title$/;

const SAME_IN_BOTH = new Set([
  'Hà Nội',
  'Washington',
  'Tokyo',
  'Hiroshima',
  'Jakarta',
  'Lào Cai',
  'Lai Châu',
  'Đà Nẵng',
  'Bắc Ninh',
  'Hải Phòng',
  'Huế',
  'Joe Biden',
  // A publication and its author, named as published.
  'New Eastern Outlook (Vladimir Terekhov)',
  'The Epoch Times (Jessica Mao)',
]);

/** Names without a Vietnamese letter: the rule below would take them for English. */
const NAMES = new Set([...SAME_IN_BOTH, 'Kishida Fumio', 'TQ']);

/** Letters only Vietnamese uses (with their tone marks), never plain ASCII English. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('the Vietnamese texts of the 2023 campaign', () => {
  it('translate every text of the scenario, and only texts it has', () => {
    const result = localize(english.scenario, overlay);
    expect(result.ok ? result.missing : result.problems).toEqual([]);
    expect(overlay).toMatchObject({ scenario: '2023', locale: 'vi' });
    const names = scenarioNames(english.scenario);
    expect(
      Object.keys(overlay.texts)
        .filter((k) => !names.has(k))
        .sort(),
    ).toEqual([...scenarioTexts(english.scenario).keys()].sort());
  });

  it('leave nothing in English but names written alike in both languages', () => {
    const source = scenarioTexts(english.scenario);
    const identical = Object.entries(overlay.texts)
      .filter(([key, text]) => text === source.get(key) && !SAME_IN_BOTH.has(text))
      .filter(([key]) => !PUBLISHED_TITLE.test(key))
      .map(([key]) => key);
    expect(identical).toEqual([]);
    // A translated sentence has Vietnamese letters in it; a name from the list may not.
    const notVietnamese = Object.entries(overlay.texts)
      .filter(([key, text]) => !NAMES.has(text) && !PUBLISHED_TITLE.test(key))
      .filter(([, text]) => !VIETNAMESE.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(notVietnamese).toEqual([]);
  });

  it('are written in precomposed Unicode (NFC), as fonts and searches expect', () => {
    const decomposed = Object.entries(overlay.texts)
      .filter(([, text]) => text !== text.normalize('NFC'))
      .map(([key]) => key);
    expect(decomposed).toEqual([]);
  });

  it('keep the rules hash: the scenario reads Vietnamese and plays the same game', () => {
    expect(vi.compiled.hash).toBe(english.compiled.hash);
    expect(vi.scenario.title).toBe('Ngoại giao cây tre: Việt Nam 2023');
    expect(vi.scenario.events.find((e) => e.id === 'xiang-yang-hong-10')?.title).toMatch(
      /Hướng Dương Hồng 10/,
    );
  });

  it('verify a class replay against the same class code in either language', () => {
    const code = newClassCode('2023', (bytes) => bytes.fill(7));
    const lookupIn = (cs: typeof english.compiled) => (id: string) =>
      id === '2023' ? cs : undefined;
    const made = [
      ['Lan', vi.compiled, english.compiled],
      ['Ann', english.compiled, vi.compiled],
    ] as const;
    for (const [player, playedIn, checkedIn] of made) {
      const replay = studentReplay(code, player, playedIn);
      const verdict = verifyReplayFile(
        replayFile(`${player}.json`, replay),
        lookupIn(checkedIn),
        { scenario: '2023', seed: code },
        { bots: false },
      );
      expect(verdict).toMatchObject({ status: 'valid', seed: code, scenario: '2023' });
    }
  });
});
