import { afterEach, describe, expect, it } from 'vitest';
import { newGame, redLinesCrossedBy } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { eventCard, previewAction, previewChoice, redLineName } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const start = newGame(cs, 'red-lines').state;
const line = cs.scenario.rules.doctrine.redLines.find((l) => l.id === 'no-siding');
const powers = cs.scenario.powers;
const crossed = { ...start, flags: [...start.flags, 'common-destiny'] };

afterEach(() => setLocale('en'));

describe('a decision that crosses a red line of the four nos says so in its preview', () => {
  it('the common-destiny card names the line, the floors and the legitimacy it costs', () => {
    expect(line?.flag).toBe('common-destiny');
    const p = previewAction(cs, start, 'trong-to-beijing');
    expect(p?.redLines.map((r) => [r.id, r.chance])).toEqual([['no-siding', null]]);
    const text = p?.redLines[0]?.text ?? '';
    expect(text).toContain('Crosses a red line of the four nos');
    expect(text).toContain('no siding with one country against another');
    expect(text).toContain(
      `suspicion cannot fall below a floor (${powers.us?.name} ${line?.floor.us}, ${powers.jp?.name} ${line?.floor.jp})`,
    );
    expect(text).toContain(`legitimacy \u2212${line?.legitimacy} every month`);
  });

  it('an answer that sets the flag warns too, in Vietnamese with its diacritics', () => {
    setLocale('vi');
    const p = previewChoice(cs, start, 'xi-visit', 'common-destiny');
    const text = p?.redLines[0]?.text ?? '';
    expect(text).toContain(
      'Vượt lằn ranh đỏ của chính sách “bốn không” — không liên kết với nước này để chống nước kia',
    );
    expect(text).toContain(
      `mức nghi ngại không thể xuống dưới mức sàn (${powers.us?.name} 40, ${powers.jp?.name} 35)`,
    );
    expect(text).toContain('tính chính danh \u22120,3 mỗi tháng');
  });

  it('a card that sets no red-line flag shows no warning', () => {
    expect(previewAction(cs, start, 'support-fishermen')?.redLines).toEqual([]);
  });

  it('a line already crossed is not crossed again', () => {
    expect(previewAction(cs, crossed, 'trong-to-beijing')?.redLines).toEqual([]);
  });

  it('a chance that sets the flag may cross the line, with its chance', () => {
    const outcome = { risks: [{ chance: 0.25, setFlags: ['quad-member'] }] };
    const lines = redLinesCrossedBy(cs.scenario.rules, start.flags, outcome, (c) => c);
    expect(lines.map((l) => [l.line.id, l.chance])).toEqual([['no-alliances', 0.25]]);
  });

  it('a scenario’s own line is called by its id', () => {
    expect(redLineName('no-casinos')).toBe('no-casinos');
    expect(redLineName('no-foreign-bases')).toBe('no foreign bases');
  });
});

describe('the Politburo review names the line it is about', () => {
  it('names the crossed line', () => {
    expect(eventCard(cs, 'politburo-review', crossed)?.redLines).toBe(
      'The red line crossed: no siding with one country against another.',
    );
  });

  it('names both when two stand, and none when none does', () => {
    const two = { ...crossed, flags: [...crossed.flags, 'foreign-base'] };
    expect(eventCard(cs, 'politburo-review', two)?.redLines).toBe(
      'The red lines crossed: no foreign bases; no siding with one country against another.',
    );
    expect(eventCard(cs, 'politburo-review', start)?.redLines).toBeNull();
  });

  it('an event that does not read a red line says nothing of one', () => {
    const other = [...cs.events.keys()].find((id) => id !== 'politburo-review') as string;
    expect(eventCard(cs, other, crossed)?.redLines).toBeNull();
  });
});
