/**
 * Vietnam's rare earths can be signed away once. A deal with China Rare Earth Group (the
 * card, the framework deal when the group comes calling, the rare-earth part of Xi's package)
 * shuts Washington's minerals deals and leaves an earlier US memorandum a dead letter; a
 * second Chinese deal is shut too. Each blocked option says what shut it. July's plan
 * decides who is at the door later, and Hằng's briefing follows a visit that happened.
 */
import { describe, expect, it } from 'vitest';
import {
  apply,
  type CompiledScenario,
  type GameAction,
  type GameState,
  legalActions,
  newGame,
} from '../../src/engine';
import { historicalPath } from '../../src/engine/historical-path';
import { conditionsOf } from '../../src/engine/tables';
import { unmetConditions } from '../../src/view/condition-text';
import { previewAction, previewChoice } from '../../src/view/preview';
import { allCardsOpen, loadShipped } from '../helpers';

const SEED = 'hanoi-2023';
const y2023 = loadShipped('2023');

function act(cs: CompiledScenario, state: GameState, action: GameAction): GameState {
  const r = apply(cs, state, action);
  if (!r.ok) throw new Error(r.error.message);
  return r.state;
}

/** The year played as Hà Nội played it, up to the moment `eventId` waits for its answer. */
function until(cs: CompiledScenario, eventId: string): GameState {
  let s = newGame(cs, SEED).state;
  for (const step of historicalPath(cs, SEED)?.steps ?? []) {
    if (s.phase === 'event' && s.pending[0] === eventId) return s;
    if (step.action) s = act(cs, s, step.action);
  }
  throw new Error(`${eventId} never came`);
}

/** The same moment in a year where `flags` had been raised (a state the rules could reach). */
const withFlags = (state: GameState, ...flags: string[]): GameState => ({
  ...state,
  flags: [...new Set([...state.flags, ...flags])].sort(),
});

/** Answers `eventId` and every event after it with the historical answer, up to the next card phase. */
function answer(cs: CompiledScenario, state: GameState, eventId: string, choice: string) {
  let s = act(cs, state, { type: 'choose', event: eventId, choice });
  while (s.phase === 'event') {
    const [first] = legalActions(cs, s);
    if (!first) throw new Error('stuck');
    s = act(cs, s, first);
  }
  return s;
}

const CN_CARD = 'Rare-earth partnership with China Rare Earth Group';

/** What a card's locked tag explains when its conditions fail, whatever the hand or phase. */
const cardWhy = (cs: CompiledScenario, state: GameState, id: string): string =>
  unmetConditions(cs, state, cs.actions.get(id)?.requires).join('; ');

describe('the Chinese group comes calling after the US memorandum (2023, as history had it)', () => {
  const creg = until(y2023, 'creg-vinacomin');

  it('finds the memorandum signed and the framework deal open', () => {
    expect(creg.flags).toContain('us-minerals');
    expect(previewChoice(y2023, creg, 'creg-vinacomin', 'framework-deal')?.blocked).toBeNull();
  });

  it("signing it says what it shuts: Washington's card and the rare earths in Xi's package", () => {
    const closes = previewChoice(y2023, creg, 'creg-vinacomin', 'framework-deal')?.closes ?? [];
    expect(closes.join('\n')).toContain('The full package plus a rare-earth deal');
    expect(closes.join('\n')).toContain('Critical-minerals partnership with Washington');
  });

  it('leaves the memorandum a dead letter, and the deposits cannot be signed again', () => {
    const signed = answer(y2023, creg, 'creg-vinacomin', 'framework-deal');
    expect(signed.flags).toContain('cn-rare-earths');
    expect(signed.flags).not.toContain('us-minerals');
    const us = cardWhy(y2023, signed, 'us-minerals');
    expect(us).toContain('China Rare Earth Group comes calling');
    expect(us).toContain('Sign a framework deal with the Chinese group');
  });
});

describe("a Chinese deal shuts Washington's", () => {
  it('the card played in January shuts the US card, and says so', () => {
    const open = allCardsOpen(y2023);
    let s = newGame(open, SEED).state;
    while (s.phase === 'event') s = act(open, s, legalActions(open, s)[0] as GameAction);
    s = act(open, s, { type: 'play', action: 'cn-rare-earths' });
    expect(s.flags).toContain('cn-rare-earths');
    const refused = apply(open, s, { type: 'play', action: 'us-minerals' });
    expect(refused.ok).toBe(false);
    expect(previewAction(open, s, 'us-minerals')?.blocked).toContain(
      `you have played “${CN_CARD}”`,
    );
  });

  it("Biden's minerals memorandum is shut; the chips memorandum stays open", () => {
    const atDeals = withFlags(until(y2023, 'biden-deals'), 'cn-rare-earths');
    expect(atDeals.flags).toContain('us-csp');
    const both = previewChoice(y2023, atDeals, 'biden-deals', 'chips-and-minerals');
    expect(both?.blocked).toContain(CN_CARD);
    expect(previewChoice(y2023, atDeals, 'biden-deals', 'chips-only')?.blocked).toBeNull();
  });

  it('a second Chinese deal is shut: the framework deal and the package with rare earths', () => {
    const creg = withFlags(until(y2023, 'creg-vinacomin'), 'cn-rare-earths');
    expect(previewChoice(y2023, creg, 'creg-vinacomin', 'framework-deal')?.blocked).toContain(
      CN_CARD,
    );
    const xi = withFlags(until(y2023, 'xi-agreements'), 'cn-rare-earths');
    expect(
      previewChoice(y2023, xi, 'xi-agreements', 'package-plus-rare-earths')?.blocked,
    ).toContain(CN_CARD);
    expect(previewChoice(y2023, xi, 'xi-agreements', 'full-package')?.blocked).toBeNull();
  });

  it('in September too', () => {
    const sep = loadShipped('september-2023');
    const atDeals = withFlags(until(sep, 'biden-deals'), 'cn-rare-earths');
    expect(previewChoice(sep, atDeals, 'biden-deals', 'chips-and-minerals')?.blocked).toContain(
      CN_CARD,
    );
    expect(cardWhy(sep, atDeals, 'us-minerals')).toContain(CN_CARD);
  });
});

describe("July's rare-earth plan is remembered", () => {
  const plan = y2023.scenario.events.find((e) => e.id === 'rare-earth-plan');
  const read = new Set(
    conditionsOf(y2023.scenario).flatMap((c) => [...(c.flags ?? []), ...(c.notFlags ?? [])]),
  );

  it('every answer raises its own flag, and later content reads each one', () => {
    const flags = (plan?.choices ?? []).map((c) => c.effects.setFlags ?? []);
    expect(flags.every((f) => f.length === 1)).toBe(true);
    expect(new Set(flags.flat()).size).toBe(plan?.choices?.length);
    for (const f of flags.flat()) expect(read, f).toContain(f);
  });

  it("Washington's first look opens its minerals card even while ties are cool", () => {
    const july = until(y2023, 'rare-earth-plan');
    const cool = (s: GameState): GameState => ({ ...s, ind: { ...s.ind, 'relations.us': 45 } });
    const pitched = cool(answer(y2023, july, 'rare-earth-plan', 'pitch-to-washington'));
    const published = cool(answer(y2023, july, 'rare-earth-plan', 'publish-the-targets'));
    expect(cardWhy(y2023, published, 'us-minerals')).toContain('(now 45)');
    expect(cardWhy(y2023, pitched, 'us-minerals')).toBe('');
  });

  it('keeping the deposits with Vinacomin gives the answer to the Chinese group in November', () => {
    const creg = until(y2023, 'creg-vinacomin');
    const blocked = previewChoice(y2023, creg, 'creg-vinacomin', 'vinacomin-alone')?.blocked;
    expect(blocked).toContain('Leave it to Vinacomin for now');
    const kept = withFlags(creg, 'rare-earths-home');
    expect(previewChoice(y2023, kept, 'creg-vinacomin', 'vinacomin-alone')?.blocked).toBeNull();
  });
});

describe("Hằng's briefing follows Xi's visit, not the calendar", () => {
  it('every answer to the visit records that it happened', () => {
    for (const id of ['2023', 'xi-visit-2023']) {
      const visit = loadShipped(id).scenario.events.find((e) => e.id === 'xi-visit');
      for (const c of visit?.choices ?? [])
        expect(c.effects.setFlags, c.id).toContain('xi-visited');
    }
  });

  it('a visit called off (a US base at Cam Ranh) brings no briefing on a label', () => {
    // The year as Hà Nội played it, up to the end of November, before December's news.
    let novemberEnd = newGame(y2023, SEED).state;
    for (const step of historicalPath(y2023, SEED)?.steps ?? []) {
      const nov = y2023.scenario.calendar[novemberEnd.turn]?.id === 'nov';
      if (nov && step.action?.type === 'end-turn') break;
      if (step.action) novemberEnd = act(y2023, novemberEnd, step.action);
    }
    expect(y2023.scenario.calendar[novemberEnd.turn]?.id).toBe('nov');
    const based = withFlags(novemberEnd, 'foreign-base');
    const december = act(y2023, based, { type: 'end-turn' });
    expect(december.counts['event:xi-visit'] ?? 0).toBe(0);
    let s = december;
    while (s.phase === 'event') s = act(y2023, s, legalActions(y2023, s)[0] as GameAction);
    expect(s.counts['event:hang-briefing'] ?? 0).toBe(0);
    // As history had it, the briefing comes.
    const kept = act(y2023, novemberEnd, { type: 'end-turn' });
    let h = kept;
    while (h.phase === 'event') h = act(y2023, h, legalActions(y2023, h)[0] as GameAction);
    expect(h.counts['event:hang-briefing']).toBe(1);
  });

  it('in the Xi scenario it explains a label that was signed at the visit, and only then', () => {
    const xi = loadShipped('xi-visit-2023');
    const briefing = xi.scenario.events.find((e) => e.id === 'hang-briefing');
    expect(briefing?.when?.flags).toEqual(['xi-visited', 'shared-future']);
    const visit = until(xi, 'xi-visit');
    const next = (choice: string) => {
      let s = act(xi, visit, { type: 'choose', event: 'xi-visit', choice });
      while (s.phase === 'event') s = act(xi, s, legalActions(xi, s)[0] as GameAction);
      return act(xi, s, { type: 'end-turn' });
    };
    expect(next('shared-future').pending).toContain('hang-briefing');
    expect(next('keep-2008-wording').pending).not.toContain('hang-briefing');
  });
});
