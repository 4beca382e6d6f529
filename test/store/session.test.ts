import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReplay, newGame, runReplay } from '../../src/engine';
import { createSessionStore, ENGLISH_WORDS, type ViewedReplay } from '../../src/store';
import { shippedEntry } from '../../src/ui/scenario-catalog';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

function viewed(source: string): ViewedReplay {
  const opening = newGame(cs, source).state;
  const replay = buildReplay(cs, source, [], opening, []);
  const run = runReplay(cs, replay, true);
  return { compiled: cs, replay, steps: run.ok ? (run.steps ?? []) : [], source };
}

describe('session store', () => {
  it('starts empty: no replay, no branch, no launch handled, no keyboard, English, no forecast', () => {
    expect(createSessionStore().getState()).toMatchObject({
      viewed: null,
      comparison: null,
      launchHandled: false,
      keyHints: false,
      catalogWords: ENGLISH_WORDS,
      forecast: null,
      cues: [],
    });
  });

  it('hands the viewed replay and the branch left from one scene to the next', () => {
    const s = createSessionStore();
    const seen: (ViewedReplay | null)[] = [];
    s.subscribe(
      (st) => st.viewed,
      (v) => seen.push(v),
    );
    const a = viewed('a');
    const b = viewed('b');
    s.getState().showInViewer(a);
    s.getState().rememberBranch({ original: a, shared: 3, branchedIn: 1 });
    s.getState().showInViewer(b);
    expect(s.getState().viewed).toBe(b);
    expect(s.getState().comparison).toEqual({ original: a, shared: 3, branchedIn: 1 });
    s.getState().showInViewer(null);
    s.getState().rememberBranch(null);
    expect(seen).toEqual([a, b, null]);
    expect(s.getState().comparison).toBeNull();
    // Two stores, two visits: nothing leaks from one to the other.
    expect(createSessionStore().getState().viewed).toBeNull();
  });

  it('lets one caller claim the launch link, once per visit', () => {
    const s = createSessionStore();
    expect(s.getState().claimLaunch()).toBe(true);
    expect(s.getState().claimLaunch()).toBe(false);
    expect(s.getState().launchHandled).toBe(true);
    expect(createSessionStore().getState().claimLaunch()).toBe(true);
  });

  it('tells key-hint listeners once, at the first key press', () => {
    const s = createSessionStore();
    let told = 0;
    s.subscribe(
      (st) => st.keyHints,
      () => told++,
    );
    s.getState().keyPressed();
    s.getState().keyPressed();
    expect(s.getState().keyHints).toBe(true);
    expect(told).toBe(1);
  });

  it('keeps only the current forecast: progress and endings of superseded ones are ignored', () => {
    const s = createSessionStore();
    s.getState().forecastAsked(1, 2000);
    s.getState().forecastProgress(1, 300);
    expect(s.getState().forecast).toEqual({ id: 1, done: 300, total: 2000 });
    s.getState().forecastAsked(2, 1000);
    s.getState().forecastProgress(1, 600);
    s.getState().forecastEnded(1);
    expect(s.getState().forecast).toEqual({ id: 2, done: 0, total: 1000 });
    s.getState().forecastEnded(2);
    expect(s.getState().forecast).toBeNull();
  });

  it('records the sound cues played, in order, for the test handle', () => {
    const s = createSessionStore();
    const before = s.getState().cues;
    s.getState().cuePlayed('play');
    s.getState().cuePlayed('month');
    expect(s.getState().cues).toEqual(['play', 'month']);
    // A new list each time: subscribers are told, and what they kept is not changed under them.
    expect(before).toEqual([]);
  });

  it('puts shipped scenarios into the words it holds, with the same rules and hash', () => {
    const text = readFileSync(new URL('../../scenarios/2023.json', import.meta.url), 'utf8');
    const overlay: unknown = JSON.parse(
      readFileSync(new URL('../../scenarios/texts/2023.vi.json', import.meta.url), 'utf8'),
    );
    const s = createSessionStore();
    const entry = shippedEntry('scenarios/2023.json', text, () => s.getState().catalogWords);
    const english = entry.compiled;
    expect(english?.scenario.powers.cn?.name).toBe('China');
    s.getState().setCatalogWords({ locale: 'vi', byId: new Map([['2023', overlay]]) });
    const vietnamese = entry.compiled;
    expect(vietnamese?.scenario.powers.cn?.name).toBe('Trung Quốc');
    expect(vietnamese?.hash).toBe(english?.hash);
    // The same translation every time: screens compare scenarios by identity.
    expect(entry.compiled).toBe(vietnamese);
    s.getState().setCatalogWords(ENGLISH_WORDS);
    expect(entry.compiled).toBe(english);
  });
});
