import { describe, expect, it } from 'vitest';
import { apply, type GameState, legalActions, newGame, whyNotPlay } from '../../src/engine';
import { LOCALES, setLocale, TEXT } from '../../src/i18n';
import { blockedLine, blockReason } from '../../src/view/block-reason';
import { flagSetters, unmetConditions } from '../../src/view/condition-text';
import { previewAction, previewChoice } from '../../src/view/preview';
import { loadFixture, loadShipped } from '../helpers';

const cs = loadFixture('mini.json');
const B = TEXT.view.block;

/** Answers whatever events wait, so cards can be played. */
function answered(state: GameState): GameState {
  let s = state;
  while (s.phase === 'event') {
    const [first] = legalActions(cs, s);
    const r = apply(cs, s, first!);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
  }
  return s;
}

function endTurn(state: GameState): GameState {
  const r = apply(cs, state, { type: 'end-turn' });
  if (!r.ok) throw new Error(r.error.message);
  return answered(r.state);
}

function play(state: GameState, id: string): GameState {
  const r = apply(cs, state, { type: 'play', action: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}
const why = (state: GameState, id: string) => whyNotPlay(cs, state, cs.actions.get(id)!);

describe('why a card is blocked, from the engine’s typed refusal', () => {
  const start = answered(newGame(cs, 'blocked').state);

  it('a card played this month', () => {
    const error = why(play(start, 'protest-note'), 'protest-note');
    expect(error).toMatchObject({ code: 'already-played', within: 'turn' });
    expect(blockReason(error)).toBe('Already played this month.');
    // A scenario played in fortnights says so.
    expect(blockReason(error, [], 'fortnight')).toBe(B.thisTurn('fortnight'));
    expect(blockReason(error, [], 'fortnight')).toBe('Already played this fortnight.');
  });

  it('a once-a-game card played in an earlier month', () => {
    // us-upgrade can be played from the second month on.
    const state = endTurn(play(endTurn(start), 'us-upgrade'));
    const error = why(state, 'us-upgrade');
    expect(error).toMatchObject({ code: 'already-played', within: 'game' });
    expect(blockReason(error)).toBe(B.onceAGame);
  });

  it('a card dearer than the capital left, with both numbers', () => {
    const poor = { ...start, ind: { ...start.ind, 'home.capital': 2 } };
    const error = why(poor, 'visit-beijing');
    expect(error).toMatchObject({ code: 'too-expensive', capital: 2 });
    if (error?.code !== 'too-expensive') throw new Error('expected too-expensive');
    expect(blockReason(error)).toBe(B.tooExpensive(error.cost, 2));
  });

  it('nothing when the card can be played', () => {
    expect(blockReason(why(start, 'protest-note'))).toBeNull();
  });
});

describe('a condition on the story, in the player’s words', () => {
  const mini = answered(newGame(cs, 'story').state);

  it('names the decision that opens it instead of "an earlier development"', () => {
    const setter = cs.scenario.actions.find((a) => a.effects.setFlags?.includes('us-csp'))!;
    const [reason] = unmetConditions(cs, mini, { flags: ['us-csp'] });
    expect(reason).toBe(
      TEXT.view.conditions.storyAfter([TEXT.view.conditions.decisionNamed(setter.title)]),
    );
    expect(reason).toContain(setter.title);
    expect(reason).not.toBe(TEXT.view.conditions.story);
  });

  it('names the decision that closed it once it was taken', () => {
    const setter = cs.scenario.actions.find((a) => a.effects.setFlags?.includes('us-csp'))!;
    const flagged = { ...mini, flags: [...mini.flags, 'us-csp'] };
    const [reason] = unmetConditions(cs, flagged, { notFlags: ['us-csp'] });
    expect(reason).toContain(setter.title);
    expect(unmetConditions(cs, mini, { notFlags: ['us-csp'] })).toEqual([]);
  });

  it('names only what this game did to close it, when several things could have', () => {
    const y = loadShipped('2023');
    const all = (flag: string) => flagSetters(y, flag);
    const raised = [
      ...y.scenario.actions.map((a) => a.effects),
      ...y.scenario.events.flatMap((e) => (e.choices ?? []).map((c) => c.effects)),
    ].flatMap((o) => o?.setFlags ?? []);
    const flag = raised.find((f) => all(f).length >= 2);
    expect(flag, 'a 2023 flag raised by two decisions or more').toBeDefined();
    const f = flag as string;
    // Find the count key of one setter by asking which single count narrows the list to one.
    const base = newGame(y, 'closed').state;
    const keys = [
      ...y.scenario.actions.map((a) => `action:${a.id}`),
      ...y.scenario.events.flatMap((e) => (e.choices ?? []).map((c) => `choice:${e.id}/${c.id}`)),
    ];
    const narrowing = keys.find((k) => {
      const state = { ...base, flags: [...base.flags, f], counts: { ...base.counts, [k]: 1 } };
      return flagSetters(y, f, state).length === 1;
    });
    expect(narrowing, `one decision that raises ${f}`).toBeDefined();
    const state = {
      ...base,
      flags: [...base.flags, f].sort(),
      counts: { ...base.counts, [narrowing as string]: 1 },
    };
    const [reason] = unmetConditions(y, state, { notFlags: [f] });
    const [only] = flagSetters(y, f, state);
    expect(reason).toBe(TEXT.view.conditions.tooLateAfter([only as string]));
    for (const other of all(f).filter((t) => t !== only)) expect(reason).not.toContain(other);
  });

  it('falls back to the general words for a flag nothing in the scenario raises', () => {
    expect(flagSetters(cs, 'never-set')).toEqual([]);
    expect(unmetConditions(cs, mini, { flags: ['never-set'] })).toEqual([
      TEXT.view.conditions.story,
    ]);
  });
});

describe('the blocked line a preview shows', () => {
  const start: GameState = { ...newGame(cs, 'line').state, phase: 'actions', pending: [] };
  const reasons = () => [
    previewAction(cs, start, 'us-upgrade')!.blocked!,
    previewChoice(cs, start, 'map', 'protest')!.blocked!,
    blockReason({ code: 'not-allowed', message: 'x' } as never)!,
    B.resting(2),
  ];

  it.each(LOCALES)('says "not possible now" once, in %s', (lang) => {
    setLocale(lang);
    try {
      const lead = TEXT.game.preview.blocked.trim();
      // The lead-in without its colon: "Not possible now", "Chưa thể thực hiện".
      const words = lead.replace(/[:：]$/, '');
      for (const reason of reasons()) {
        const line = blockedLine(reason);
        expect(line.startsWith(lead)).toBe(true);
        expect(line.split(words).length - 1, line).toBe(1);
        expect(reason, line).not.toMatch(/^(Not available now|Not possible now|Chưa thể)/i);
      }
    } finally {
      setLocale('en');
    }
  });

  it('names what is missing after the lead-in', () => {
    setLocale('en');
    expect(blockedLine(previewAction(cs, start, 'us-upgrade')!.blocked!)).toBe(
      'Not possible now: Opens in Month 2.',
    );
  });
});

describe('a long list of conditions', () => {
  const error = { code: 'not-allowed', message: 'x' } as const;
  const unmet = ['opens in May 2023', 'only after "A"', 'only after "B"', 'only before "C"'];

  it('names the first ones and counts the rest when a limit is given', () => {
    expect(blockReason(error, unmet, 'month', 2)).toBe(
      'Opens in May 2023; only after "A"; and 2 more (the card’s preview lists them all).',
    );
  });

  it('lists every condition without a limit, or when they fit within it', () => {
    expect(blockReason(error, unmet)).toBe(
      'Opens in May 2023; only after "A"; only after "B"; only before "C".',
    );
    expect(blockReason(error, unmet.slice(0, 2), 'month', 2)).toBe(
      'Opens in May 2023; only after "A".',
    );
  });
});
