/** The advisor's Worker protocol, driven without a Worker. */
import { describe, expect, it } from 'vitest';
import { forecast, type GameAction, legalActions, newGame } from '../../src/engine';
import { type AdvisorResponse, createAdvisorService } from '../../src/engine/advisor-service';
import { loadFixture } from '../helpers';

const cs = loadFixture('mini.json');

function drive() {
  const posted: AdvisorResponse[] = [];
  const queue: (() => void)[] = [];
  const service = createAdvisorService(
    (r) => posted.push(r),
    (run) => queue.push(run),
  );
  const drain = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  return { posted, service, queue, drain };
}

describe('advisor service', () => {
  const state = newGame(cs, 'service').state;
  const decisions: GameAction[] = legalActions(cs, state).slice(0, 1);
  const base = { type: 'forecast' as const, scenario: cs.scenario, state, decisions };

  it('reports progress slice by slice, then the same forecast as a direct call', () => {
    const { posted, service, drain } = drive();
    service.onMessage({ ...base, id: 1, rollouts: 50, slice: 20 });
    drain();
    expect(
      posted.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.done),
    ).toEqual([20, 40, 50]);
    const last = posted.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result')
      expect(last.forecasts[0]).toEqual(
        forecast(cs, state, decisions[0] as GameAction, { rollouts: 50 }),
      );
  });

  it('drops a cancelled or superseded request', () => {
    const { posted, service, queue, drain } = drive();
    service.onMessage({ ...base, id: 1, rollouts: 50, slice: 10 });
    queue.shift()?.();
    service.onMessage({ type: 'cancel', id: 1 });
    drain();
    expect(posted.some((r) => r.type === 'result')).toBe(false);
    service.onMessage({ ...base, id: 2, rollouts: 30, slice: 10 });
    service.onMessage({ ...base, id: 3, rollouts: 10, slice: 10 });
    drain();
    const results = posted.filter((r) => r.type === 'result');
    expect(results.map((r) => r.id)).toEqual([3]);
  });
});
