import { describe, expect, it } from 'vitest';
import { type GameState, newGame } from '../../src/engine';
import { TEXT } from '../../src/i18n';
import { powerName, warnings } from '../../src/view';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');
const t = cs.scenario.thresholds;
const band = cs.scenario.rules.drift.band;
const start = newGame(cs, 'warn').state;
const at = (change: Partial<Record<string, number>>): GameState => ({
  ...start,
  ind: { ...start.ind, ...change } as GameState['ind'],
});
const calm = at({
  'autonomy.drift': 0,
  'relations.cn': 60,
  'relations.us': 60,
  'relations.jp': 60,
  'home.mood': 60,
  'sea.tension': 40,
  'economy.growth': 6,
});

describe('warnings before the cliff', () => {
  it('are silent in a calm state', () => {
    expect(warnings(cs, calm)).toEqual([]);
  });

  it('say when drift nears, then leaves, the safe band, with the band’s width', () => {
    const near = warnings(cs, { ...calm, ind: { ...calm.ind, 'autonomy.drift': -(band - 2) } });
    expect(near).toEqual([
      {
        key: 'autonomy.drift',
        level: 'watch',
        text: TEXT.view.warnings.nearBand(`\u2212${band - 2}`, String(band)),
        short: TEXT.view.warnings.short.nearBand(`\u2212${band - 2}`, String(band)),
      },
    ]);
    const out = warnings(cs, { ...calm, ind: { ...calm.ind, 'autonomy.drift': band + 2 } });
    expect(out).toMatchObject([{ key: 'autonomy.drift', level: 'danger' }]);
    expect(out[0]?.text).toContain(`±${band}`);
  });

  it('name the power whose relation nears a rupture, and put dangers first', () => {
    const list = warnings(cs, {
      ...calm,
      ind: { ...calm.ind, 'relations.cn': t.rupture + 3, 'sea.tension': t.clash - 15 },
    });
    expect(list.map((w) => [w.key, w.level])).toEqual([
      ['relations.cn', 'danger'],
      ['sea.tension', 'watch'],
    ]);
    expect(list[0]?.text).toBe(
      TEXT.view.warnings.rupture(
        powerName(cs.scenario.powers, 'cn'),
        String(t.rupture + 3),
        String(t.rupture),
      ),
    );
  });

  it('see a clash coming from further off, since tension at sea climbs fast in a reckless game', () => {
    const level = (tension: number) =>
      warnings(cs, { ...calm, ind: { ...calm.ind, 'sea.tension': tension } }).find(
        (w) => w.key === 'sea.tension',
      )?.level;
    expect(level(t.clash - 25)).toBeUndefined();
    expect(level(t.clash - 20)).toBe('watch');
    expect(level(t.clash - 9)).toBe('danger');
  });

  it('have a short form for the top bar that keeps the value and the threshold', () => {
    const list = warnings(cs, {
      ...calm,
      ind: { ...calm.ind, 'sea.tension': t.clash - 5, 'home.mood': t.unrest + 2 },
    });
    for (const w of list) {
      expect(w.short.length).toBeLessThan(w.text.length);
      expect(w.short.length).toBeLessThanOrEqual(48);
    }
    expect(list.find((w) => w.key === 'sea.tension')?.short).toContain(String(t.clash));
  });
});
