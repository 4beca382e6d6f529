import { beforeAll, describe, expect, it } from 'vitest';
import { type DepthReport, depthReport } from '../../../src/cli/depth/report';
import type { CompiledScenario } from '../../../src/engine';
import { loadFixture } from '../../helpers';

/**
 * depth-mini.json is the mini scenario plus: a cheap card that pleases every
 * capital every month (golden-handshake), a dilemma whose historical answer
 * is the bad one (crossroads), an event that needs a sea hotter than a clash
 * and so can never fire (dead-letter), and a card whose price reads
 * economy.rareEarths.
 */
let cs: CompiledScenario;
let report: DepthReport;

beforeAll(() => {
  cs = loadFixture('depth-mini.json');
  report = depthReport(cs, { games: 6 });
}, 60_000);

describe('the depth report on a small fixture', () => {
  it('names the scenario, the seeds and the four bots first', () => {
    expect(report).toMatchObject({ scenario: 'depth-mini', turns: 4, games: 6 });
    expect(report.seeds).toBe('depth-0 … depth-5');
    expect(Object.keys(report.bots).slice(0, 4)).toEqual([
      'lookahead',
      'bamboo',
      'historical',
      'random',
    ]);
    for (const b of Object.values(report.bots)) {
      expect(b.games).toBe(6);
      expect(b.p10).toBeLessThanOrEqual(b.median);
      expect(b.median).toBeLessThanOrEqual(b.p90);
      expect(b.masterShare).toBeGreaterThanOrEqual(0);
      expect(b.masterShare).toBeLessThanOrEqual(1);
    }
  });

  it('finds the rotation built on the card that always pays, answering by lookahead', () => {
    const best = report.bestRotation;
    expect(best.cards).toContain('golden-handshake');
    expect(best.cards.length).toBeLessThanOrEqual(3);
    // History, "first" and "cautious" all take the wrong road at the crossroads.
    expect(best.answers).toBe('lookahead');
    expect(best.games).toBe(6);
    expect(best.median).toBe(report.rotationSearch.finalists[0]?.median);
    const s = report.rotationSearch;
    // 5 cards: 1 + 5 + 10 + 10 combinations, with each of 4 answer rules.
    expect(s.plans).toBe(26 * 4);
    expect(s.rounds[0]).toMatchObject({ plans: 104, seeds: 1 });
    expect(s.rounds.at(-1)?.seeds).toBe(6);
    expect(s.rounds.at(-1)?.winnerRank).toBe(1);
    expect(s.rounds.at(-1)?.cutoffMean).toBeNull();
    expect(s.rounds[0]?.cutoffMean).toEqual(expect.any(Number));
    const medians = s.finalists.map((f) => f.median);
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
  });

  it('measures the dilemma and lists the event that can never fire', () => {
    const byId = new Map(report.events.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual(['crossroads', 'dead-letter', 'fishing-clash', 'map']);
    const crossroads = byId.get('crossroads');
    expect(crossroads?.firedShare).toEqual({ historical: 1, bots: 1 });
    expect(crossroads?.historicalAnswer).toBe('wrong-road');
    expect(crossroads?.historicalBestShare).toBe(0);
    expect(crossroads?.gapMedian).toBeGreaterThan(5);
    const right = crossroads?.choices.find((c) => c.id === 'right-road');
    const wrong = crossroads?.choices.find((c) => c.id === 'wrong-road');
    expect(right?.median).toBeGreaterThan(wrong?.median ?? 0);

    const dead = byId.get('dead-letter');
    expect(dead).toMatchObject({
      firedShare: { historical: 0, bots: 0 },
      gapMedian: null,
      historicalBestShare: null,
    });
    expect(report.neverFired).toEqual(['dead-letter']);
    // History's wrong road costs Washington 12 points: relations.us falls below what the
    // upgrade needs, so the event that follows the upgrade is out of history's reach.
    expect(report.neverOnHistoricalPath).toEqual(['after-upgrade', 'dead-letter']);
    // A random event history never answers has a gap but no "history's answer".
    expect(byId.get('fishing-clash')?.historicalBestShare).toBeNull();
    expect(byId.get('fishing-clash')?.when).toBe('random');
  });

  it('lists every reaction with its reach, and the one no game reaches', () => {
    const byId = new Map(report.reactions.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual([
      'cn/survey-ship',
      'cn/investment',
      'us/never-asked',
      'us/chips',
      'jp/oda',
    ]);
    // Japan's loan has no condition and a weight of its own: every bot's games see it.
    const oda = byId.get('jp/oda');
    expect(oda?.firedShare.historical).toBeGreaterThan(0);
    expect(oda?.byBot.historical).toBeGreaterThan(0);
    expect(oda?.games).toBe(Object.values(oda?.byBot ?? {}).reduce((a, b) => a + b, 0));
    expect(byId.get('us/never-asked')).toMatchObject({
      games: 0,
      byBot: {},
      firedShare: { historical: 0, bots: 0 },
    });
    // The survey ship waits for Beijing's suspicion at 40, which four months never reach.
    expect(report.neverFiredReactions).toEqual(['cn/survey-ship', 'us/never-asked']);
    expect(report.neverFiredReactions).toEqual(
      report.reactions.filter((r) => r.games === 0).map((r) => r.id),
    );
    const target = report.targets.find((t) => t.id === 'every-reaction-reached');
    expect(target).toMatchObject({ met: false });
    expect(target?.detail).toContain('us/never-asked');
  });

  it('derives the unread indicators from the data and the rules', () => {
    // The fixture prices a card by rare earths; the mini scenario reads them nowhere.
    expect(report.unreadIndicators).not.toContain('economy.rareEarths');
    expect(report.unreadIndicators).toEqual([
      'patience.cn',
      'patience.us',
      'patience.jp',
      'sea.incidentsTotal',
    ]);
  });

  it('judges the short-scenario targets against the figures it reports', () => {
    expect(report.targetSet.name).toBe('short scenario');
    const byId = new Map(report.targets.map((t) => [t.id, t]));
    expect(byId.get('nothing-never-fires')).toMatchObject({ met: false });
    expect(byId.get('nothing-never-fires')?.detail).toContain('dead-letter');
    expect(byId.get('every-indicator-read')?.met).toBe(false);
    expect(byId.get('dilemmas-matter')?.detail).toContain('crossroads');
    // History takes the wrong road, so it scores below random here.
    expect(byId.get('history-between')?.met).toBe(false);
  });
});
