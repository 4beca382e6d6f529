/**
 * Numbers that move say which span they measure, so two figures for one gauge never seem to
 * disagree: the review's gauges at the month's end, a played card, and
 * a ruptured partnership.
 */
import { describe, expect, it } from 'vitest';
import { apply, type Ending, type GameAction, type GameState, newGame } from '../../src/engine';
import { setLocale, TEXT } from '../../src/i18n';
import { actionCards, endTiers, scoreChange, scoreExplained, TIER_LABELS } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

function act(state: GameState, action: GameAction): GameState {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

function answered(state: GameState): GameState {
  let s = state;
  while (s.phase === 'event') {
    const id = s.pending[0] ?? '';
    s = act(s, { type: 'choose', event: id, choice: cs.events.get(id)?.choices?.[0]?.id ?? '' });
  }
  return s;
}

describe('the month review names the span of the gauges it quotes', () => {
  it('its gauges are their moves at the month’s end, not since the month began', () => {
    const before = answered(newGame(cs, 'numbers').state);
    const after = act(before, { type: 'end-turn' });
    const parts = scoreChange(cs, before, after).parts.filter((p) => p.text.includes('('));
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(p.text).toMatch(/, at the month’s end\)$/);
  });

  it('says so in Vietnamese too', () => {
    setLocale('vi');
    try {
      expect(TEXT.view.scoreChange.part('Tăng trưởng', '−0,2', 'Tăng trưởng GDP −1', 'tháng')).toBe(
        'Tăng trưởng −0,2 (Tăng trưởng GDP −1, lúc cuối tháng)',
      );
    } finally {
      setLocale('en');
    }
  });
});

describe('a card played shows no price it no longer has', () => {
  it('when it was played alone (“done in Jan”), while a playable card keeps its price', () => {
    const start = answered(newGame(cs, 'numbers').state);
    const card = actionCards(cs, start).find((c) => c.blocked === null);
    expect(card).toBeDefined();
    const after = act(start, { type: 'play', action: card?.id ?? '' });
    const played = actionCards(cs, after).find((c) => c.id === card?.id);
    expect(played?.tag).toBe('done in Jan');
    expect(played?.priced).toBe(false);
    expect(actionCards(cs, after).some((c) => c.blocked === null && c.priced)).toBe(true);
  });
});

describe('the partnerships at the end', () => {
  const powers = cs.scenario.powers;
  const tiers = {
    cn: 'comprehensive-strategic',
    us: 'comprehensive',
    jp: 'comprehensive-strategic',
  } as const;
  const ending = (outcome: string): Ending =>
    ({ outcome, collapse: true, turn: 3, score: {} }) as unknown as Ending;

  it('a ruptured relation reads “ruptured”, not the rank it held', () => {
    const lines = endTiers(powers, tiers, ending('rupture-cn'));
    expect(lines[0]).toBe(
      `${powers.cn?.name}: ${TEXT.view.ruptured(TIER_LABELS['comprehensive-strategic'])}`,
    );
    expect(lines[0]).toMatch(/ruptured/);
    expect(lines[1]).toBe(`${powers.us?.name}: ${TIER_LABELS.comprehensive}`);
  });

  it('a year that ended whole lists every tier as it stands', () => {
    expect(endTiers(powers, tiers, null).join(' ')).not.toMatch(/ruptured/);
  });
});

describe('the cards once the game is over', () => {
  it('say so, and none asks for an event to be answered', () => {
    let s = newGame(cs, 'numbers').state;
    while (s.phase !== 'over') s = act(answered(s), { type: 'end-turn' });
    const cards = actionCards(cs, s);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.tag).toBe(TEXT.view.blockTag.over);
      expect(c.priced).toBe(false);
      expect(c.blocked).toBe(TEXT.view.block.over);
    }
  });
});

describe('the end dialog’s score', () => {
  it('lists all six parts of the bamboo score, in English and Vietnamese', () => {
    const state = answered(newGame(cs, 'numbers').state);
    const en = scoreExplained(cs, state).terms.map((t) => t.label);
    expect(en).toHaveLength(6);
    expect(en).toContain('Relations on average');
    expect(en.some((l) => l.startsWith('Autonomy (100 − drift '))).toBe(true);
    setLocale('vi');
    try {
      const vi = scoreExplained(cs, state).terms.map((t) => t.label);
      expect(vi).toContain('Quan hệ trung bình');
      expect(vi.some((l) => l.startsWith('Tự chủ (100 − độ nghiêng '))).toBe(true);
    } finally {
      setLocale('en');
    }
  });
});
