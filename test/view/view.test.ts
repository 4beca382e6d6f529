import { describe, expect, it } from 'vitest';
import { apply, type GameAction, type GameState, legalActions, newGame } from '../../src/engine';
import {
  describeSource,
  effectTone,
  gauges,
  latestNews,
  previewAction,
  previewChoice,
  type StepLike,
  series,
  signed,
  timeline,
  unmetConditions,
} from '../../src/view';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

function run(seed: string, decide: (state: GameState, legal: GameAction[]) => GameAction) {
  const steps: StepLike[] = [newGame(cs, seed)];
  for (let i = 0; i < 200; i++) {
    const state = steps.at(-1)!.state;
    if (state.phase === 'over') break;
    const result = apply(cs, state, decide(state, legalActions(cs, state)));
    if (!result.ok) throw new Error(result.error.message);
    steps.push(result);
  }
  return steps;
}

describe('causes in words', () => {
  it('names who did what', () => {
    expect(describeSource(cs, 'action:us-upgrade')).toEqual({
      actor: 'you',
      label: 'You: Upgrade with Washington',
    });
    expect(describeSource(cs, 'choice:map/protest')).toEqual({
      actor: 'you',
      label: 'Your answer to "A new map": Protest',
      short: 'Your answer: Protest',
    });
    expect(describeSource(cs, 'reaction:cn/survey-ship')).toEqual({
      actor: 'cn',
      label: 'China: A survey ship enters the EEZ.',
    });
    expect(describeSource(cs, 'risk:beijing-fumes')).toEqual({
      actor: 'world',
      label: 'Beijing protests loudly.',
    });
    expect(describeSource(cs, 'rule:suspicion-fades')).toEqual({
      actor: 'rules',
      label: 'Suspicion fades with time',
    });
  });

  it('names a pull toward the usual level by the way it pulled', () => {
    expect(describeSource(cs, 'rule:calm', -1.2).label).toBe(
      'Tension eases toward its usual level',
    );
    expect(describeSource(cs, 'rule:calm', 1.6).label).toBe(
      'Tension drifts back up toward its usual level',
    );
    expect(describeSource(cs, 'rule:calm').label).toBe('Tension eases toward its usual level');
  });
});

describe('gauges', () => {
  it('show the value, the trend and the latest changes with their causes', () => {
    const steps = run('g', (state, legal) =>
      state.phase === 'actions' &&
      legal.some((a) => a.type === 'play' && a.action === 'protest-note')
        ? { type: 'play', action: 'protest-note' }
        : state.phase === 'event'
          ? legal[0]!
          : { type: 'end-turn' },
    );
    const standing = gauges(cs, steps).find((g) => g.key === 'sea.standing')!;
    expect(standing.value).toBe(steps.at(-1)!.state.ind['sea.standing']);
    expect(standing.recent.length).toBeGreaterThan(0);
    // Cards rest after use, so the note is not in every turn's changes: in one of the latest.
    expect(standing.recent.flatMap((r) => r.causes.map((c) => c.label))).toContain(
      'You: Protest note',
    );
    for (const g of gauges(cs, steps)) {
      expect(g.value).toBeGreaterThanOrEqual(g.min);
      expect(g.name.length).toBeGreaterThan(0);
    }
  });

  it('give one point per month for charts, plus the final value', () => {
    const steps = run('s', (state, legal) =>
      state.phase === 'event' ? legal[0]! : { type: 'end-turn' },
    );
    const points = series(steps, 'relations.cn');
    expect(points.map((p) => p.turn)).toEqual([0, 1, 2, 3, 4]);
    expect(points[0]!.value).toBe(60);
  });
});

describe('previews', () => {
  it('list certain effects, month-end signals, tier changes and chances before a decision', () => {
    let state = newGame(cs, 'p').state;
    state = { ...state, turn: 1, phase: 'actions', pending: [] };
    const preview = previewAction(cs, state, 'us-upgrade')!;
    expect(preview.cost).toBe(5);
    expect(preview.blocked).toBeNull();
    expect(preview.certain).toEqual([
      {
        indicator: 'relations.us',
        label: 'Relations with Washington',
        delta: 12,
        from: state.ind['relations.us'],
      },
    ]);
    expect(preview.signals).toContainEqual({
      indicator: 'suspicion.cn',
      label: "Beijing's suspicion",
      delta: 7.2,
      from: state.ind['suspicion.cn'],
    });
    expect(preview.signals).toContainEqual({
      indicator: 'autonomy.drift',
      label: 'Drift (bamboo meter)',
      delta: 6,
      from: state.ind['autonomy.drift'],
    });
    expect(preview.tiers).toEqual([
      { power: 'us', name: 'United States', from: 'comprehensive', to: 'comprehensive-strategic' },
    ]);
    expect(preview.chances).toEqual([
      {
        text: 'Beijing protests loudly.',
        chance: 0.5,
        kind: 'risk',
        effects: [
          {
            indicator: 'relations.cn',
            label: 'Relations with Beijing',
            delta: -4,
            from: state.ind['relations.cn'],
          },
        ],
      },
    ]);
  });

  it('colour a drift change by where the meter starts: back toward the centre is good', () => {
    const drift = (delta: number, from: number) =>
      effectTone({ indicator: 'autonomy.drift', label: 'Drift', delta, from });
    expect(drift(4, -4)).toBe('good');
    expect(drift(-8, 18)).toBe('good');
    expect(drift(4, 0)).toBe('bad');
    expect(drift(-8, -2)).toBe('bad');
    // Overshooting the centre to the far side is still worse than where it started.
    expect(drift(12, -4)).toBe('bad');
  });

  it('carry the starting drift into the preview, so a step back to the centre shows as good', () => {
    const base = { ...newGame(cs, 'p').state, turn: 1, phase: 'actions' as const, pending: [] };
    const line = (state: GameState) =>
      previewAction(cs, state, 'us-upgrade')!.signals.find(
        (l) => l.indicator === 'autonomy.drift',
      )!;
    const centred = line({ ...base, ind: { ...base.ind, 'autonomy.drift': 0 } });
    expect(centred.delta).toBeGreaterThan(0);
    expect(effectTone(centred)).toBe('bad');
    const leaningAway = line({ ...base, ind: { ...base.ind, 'autonomy.drift': -centred.delta } });
    expect(leaningAway.from).toBe(-centred.delta);
    expect(effectTone(leaningAway)).toBe('good');
  });

  it('say why a decision is blocked', () => {
    const state: GameState = { ...newGame(cs, 'p').state, phase: 'actions', pending: [] };
    expect(previewAction(cs, state, 'us-upgrade')!.blocked).toBe('Opens in Month 2.');
    expect(previewChoice(cs, state, 'map', 'protest')!.blocked).toBe(
      'Answer the waiting event first.',
    );
    const poor: GameState = { ...state, ind: { ...state.ind, 'home.capital': 1 } };
    expect(previewAction(cs, poor, 'visit-beijing')!.blocked).toBe(
      'Costs 4 political capital; you have 1.',
    );
  });
});

describe('news and timeline', () => {
  it('tell the powers reactions and events after a turn, and the whole year in order', () => {
    const steps = run('n', (state, legal) =>
      state.phase === 'event' ? legal[0]! : { type: 'end-turn' },
    );
    const news = latestNews(cs, steps);
    expect(news.some((n) => n.kind === 'end')).toBe(true);
    const year = timeline(cs, steps);
    expect(year.length).toBeGreaterThan(0);
    expect(year.map((t) => t.turn)).toEqual([...year.map((t) => t.turn)].sort((a, b) => a - b));
  });

  it('formats signed numbers with a true minus sign', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-2.54)).toBe('\u22122.5');
    expect(signed(0)).toBe('0');
  });
});

describe('unmet conditions in words', () => {
  it('names each part that does not hold, with the current value', () => {
    const state = newGame(cs, 'c').state;
    const low: GameState = { ...state, ind: { ...state.ind, 'relations.us': 42 } };
    expect(unmetConditions(cs, low, cs.actions.get('us-upgrade')!.requires)).toEqual([
      'Relations with Washington must be at least 50 (now 42)',
      'opens in Month 2',
    ]);
    expect(
      unmetConditions(
        cs,
        { ...low, turn: 1 },
        { any: [{ played: ['visit-beijing'] }, { min: { 'home.mood': 90 } }] },
      ),
    ).toEqual(['one of: only after "Visit Beijing"; or Public mood must be at least 90 (now 60)']);
  });
});
