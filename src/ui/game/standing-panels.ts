import type { GameContext } from './context';
import { DriftMeter } from './drift-meter';
import { PowersPanel } from './powers-panel';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the player stands with the powers: the partnership panel and, under it, the bamboo
 * meter with the scenario's safe band and the point where autonomy is lost. Every layout
 * (landscape, tablet, phone) builds them alike, in this keyboard order, at its own boxes.
 */
export function buildStanding(
  ctx: GameContext,
  at: { readonly powers: Box; readonly drift: Box },
): { powers: PowersPanel; drift: DriftMeter } {
  const { cs } = ctx;
  const { powers: p, drift: d } = at;
  return {
    powers: new PowersPanel(ctx, p.x, p.y, p.width, p.height),
    drift: new DriftMeter(
      ctx,
      d.x,
      d.y,
      d.width,
      d.height,
      cs.scenario.rules.drift.band,
      cs.scenario.thresholds.autonomyLost,
    ),
  };
}
