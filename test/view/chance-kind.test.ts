/**
 * A preview groups what may happen by chance honestly: a chance of only bad news is a risk,
 * of only good news a gain, of some of each something that could go either way. The groups
 * read the gauges' own sense of good and bad (more suspicion or tension is bad; the bamboo
 * meter is good moving back toward the centre).
 */
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { setLocale, TEXT } from '../../src/i18n';
import { previewLines } from '../../src/ui/game/decision-preview';
import { chanceGroups, chanceKind, previewAction, previewChoice } from '../../src/view';
import { allCardsOpen, loadShipped } from '../helpers';

const cs = loadShipped('2023');
const start = newGame(cs, 'chances').state;

describe('the kind of a chance, from its signed effects', () => {
  it.each([
    ['less relations', [{ indicator: 'relations.cn', delta: -4, from: 60 }], 'risk'],
    ['more suspicion', [{ indicator: 'suspicion.us', delta: 3, from: 30 }], 'risk'],
    ['more tension at sea', [{ indicator: 'sea.tension', delta: 5, from: 40 }], 'risk'],
    ['less tension at sea', [{ indicator: 'sea.tension', delta: -5, from: 40 }], 'gain'],
    [
      'more growth and investment',
      [
        { indicator: 'economy.growth', delta: 2.5, from: 5 },
        { indicator: 'economy.investment.jp', delta: 6, from: 60 },
      ],
      'gain',
    ],
    [
      'standing up, relations down',
      [
        { indicator: 'sea.standing', delta: 3, from: 50 },
        { indicator: 'relations.cn', delta: -3, from: 60 },
      ],
      'mixed',
    ],
    [
      'drift back toward the centre',
      [{ indicator: 'autonomy.drift', delta: -4, from: 10 }],
      'gain',
    ],
    ['drift away from the centre', [{ indicator: 'autonomy.drift', delta: 4, from: 10 }], 'risk'],
    // Nationalism takes no side: beside a bad change it is a risk; alone it is neither.
    [
      'nationalism and tension',
      [
        { indicator: 'home.nationalism', delta: 4, from: 50 },
        { indicator: 'sea.tension', delta: 6, from: 40 },
      ],
      'risk',
    ],
    ['nationalism alone', [{ indicator: 'home.nationalism', delta: 4, from: 50 }], 'mixed'],
    ['nothing at all', [], 'mixed'],
  ] as const)('%s', (_name, effects, kind) => {
    expect(chanceKind(effects)).toBe(kind);
  });

  it('groups risks first, then either way, then gains, each keeping its own order', () => {
    const c = (text: string, kind: 'risk' | 'mixed' | 'gain') => ({ text, kind });
    const groups = chanceGroups([
      c('g1', 'gain'),
      c('r1', 'risk'),
      c('m1', 'mixed'),
      c('r2', 'risk'),
    ]);
    expect(groups.map((g) => [g.kind, g.chances.map((x) => x.text)])).toEqual([
      ['risk', ['r1', 'r2']],
      ['mixed', ['m1']],
      ['gain', ['g1']],
    ]);
    expect(chanceGroups([])).toEqual([]);
  });
});

describe('chances in a preview', () => {
  it('puts the licences going out again (a gain) apart from the elite closing ranks (a risk)', () => {
    const preview = previewChoice(cs, start, 'phuc-resigns', 'ease-the-heat');
    const kinds = Object.fromEntries(
      preview?.chances.map((c) => [c.text.slice(0, 30), c.kind]) ?? [],
    );
    expect(Object.values(kinds).sort()).toEqual(['gain', 'risk']);
    const gain = preview?.chances.find((c) => c.kind === 'gain');
    expect(gain?.text).toMatch(/^Where the ministries had stopped signing/);
    expect(gain?.effects.every((e) => e.delta > 0)).toBe(true);
    // On the screen: each under a heading of its own, the risk first, never a gain under "Risks".
    const lines = previewLines(preview!).map((l) => l.text);
    const risk = lines.indexOf(TEXT.game.preview.chances.risk.toUpperCase());
    const gains = lines.indexOf(TEXT.game.preview.chances.gain.toUpperCase());
    expect(risk).toBeGreaterThan(0);
    expect(gains).toBeGreaterThan(risk);
    expect(lines.findIndex((l) => l.includes('Where the ministries'))).toBeGreaterThan(gains);
    expect(lines.findIndex((l) => l.includes('the elite closing ranks'))).toBeLessThan(gains);
  });

  it('names a heading only for the kinds there are', () => {
    const preview = previewChoice(cs, start, 'phuc-resigns', 'ease-the-heat')!;
    const text = previewLines(preview).map((l) => l.text);
    expect(text).not.toContain(TEXT.game.preview.chances.mixed.toUpperCase());
    const none = previewAction(allCardsOpen(cs), start, 'protest-note')!;
    expect(none.chances).toEqual([]);
    const plain = previewLines(none).map((l) => l.text);
    for (const heading of Object.values(TEXT.game.preview.chances))
      if (typeof heading === 'string') expect(plain).not.toContain(heading.toUpperCase());
  });

  it('keeps a risk a risk when the gauge it would push is already at its end', () => {
    // A live-fire exercise near a sea already at its highest tension: nothing left to add, but
    // no one would call it good news.
    const hot = { ...start, ind: { ...start.ind, 'sea.tension': 100 } };
    const preview = previewAction(allCardsOpen(cs), hot, 'us-defence');
    const front = preview?.chances.find((c) => c.text.includes('live-fire'));
    expect(front?.effects).toEqual([]);
    expect(front?.kind).toBe('risk');
  });

  it('says the headings in Vietnamese', () => {
    setLocale('vi');
    try {
      expect(TEXT.game.preview.chances.risk).toBe('Rủi ro: chỉ có hại');
      expect(TEXT.game.preview.chances.mixed).toBe('Có thể tốt, có thể xấu');
      expect(TEXT.game.preview.chances.gain).toBe('Cơ hội: chỉ có lợi');
    } finally {
      setLocale('en');
    }
  });
});
