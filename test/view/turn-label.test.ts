/**
 * A turn's end also begins the next turn: what the new turn's events do is told under the new
 * turn, never under the one that ended (an event of late August read as moving July).
 */
import { describe, expect, it } from 'vitest';
import { historicalPath, sourceOf } from '../../src/engine';
import { turnLabel } from '../../src/i18n/turn-label';
import { recentChanges } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

describe('the month a change is told under', () => {
  it('puts the new month’s events under the new month, and the month’s end under the old', () => {
    const path = historicalPath(cs, 'turn-label');
    if (!path) throw new Error('no path');
    const steps = path.steps;
    let split = 0;
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i];
      if (!step || step.state.turn === step.explanation.turn) continue;
      for (const change of step.explanation.changes) {
        const fromEvents = change.causes.filter((c) => {
          const k = sourceOf(c.source).kind;
          return k === 'event' || k === 'random';
        });
        if (fromEvents.length === 0) continue;
        const views = recentChanges(cs, steps.slice(0, i + 1), change.indicator, 2);
        const newest = views[0];
        expect(newest?.turnLabel).toBe(turnLabel(cs, step.state.turn));
        // Every event cause is told under the new month, none under the old.
        const older = views[1];
        if (older?.step === step.explanation.step) {
          expect(older.turnLabel).toBe(turnLabel(cs, step.explanation.turn));
          expect(older.from + older.delta + (newest?.delta ?? 0)).toBeCloseTo(change.to, 0);
          split++;
        }
      }
    }
    expect(split).toBeGreaterThan(0);
  });
});
