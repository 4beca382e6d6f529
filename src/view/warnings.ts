/**
 * Warnings before the cliff: the gauges that are near an ending (a rupture, a clash, unrest,
 * a crisis, autonomy lost) or outside the bamboo meter's safe band. The thresholds come from
 * the scenario, so the words cannot disagree with the rules that end the game.
 */
import type { CompiledScenario, GameState, IndicatorKey } from '../engine';
import { TEXT } from '../i18n';
import { gaugeValue } from './gauge-display';
import { powerName } from './labels';

export interface WarningView {
  readonly key: IndicatorKey;
  /** 'danger': one bad month from an ending; 'watch': the edge is in sight. */
  readonly level: 'danger' | 'watch';
  readonly text: string;
  /** The same warning in a few words, for the top bar's narrow line. */
  readonly short: string;
}

/** How close to a threshold counts as near: a bad month moves a gauge by about this much. */
const NEAR = 12;
/**
 * Tension at sea climbs faster than other gauges in a reckless game (13 points in a month
 * has been seen), so its edge comes into sight sooner.
 */
const TENSION_WATCH = 24;
const TENSION_DANGER = 10;

export function warnings(cs: CompiledScenario, state: GameState): WarningView[] {
  const W = TEXT.view.warnings;
  const S = W.short;
  const t = cs.scenario.thresholds;
  const band = cs.scenario.rules.drift.band;
  const out: WarningView[] = [];
  const ind = state.ind;
  const drift = ind['autonomy.drift'];
  const shown = (key: IndicatorKey) => gaugeValue(key, ind[key] ?? 0);
  if (Math.abs(drift) >= t.autonomyLost - NEAR) {
    out.push({
      key: 'autonomy.drift',
      level: 'danger',
      text: W.autonomy(shown('autonomy.drift'), String(t.autonomyLost)),
      short: S.autonomy(shown('autonomy.drift'), String(t.autonomyLost)),
    });
  } else if (Math.abs(drift) > band) {
    out.push({
      key: 'autonomy.drift',
      level: 'danger',
      text: W.outsideBand(shown('autonomy.drift'), String(band)),
      short: S.outsideBand(shown('autonomy.drift'), String(band)),
    });
  } else if (Math.abs(drift) > band - 6) {
    out.push({
      key: 'autonomy.drift',
      level: 'watch',
      text: W.nearBand(shown('autonomy.drift'), String(band)),
      short: S.nearBand(shown('autonomy.drift'), String(band)),
    });
  }
  for (const p of cs.tables.vocab.powers) {
    const key: IndicatorKey = `relations.${p}`;
    const relation = ind[key] ?? 0;
    if (relation <= t.rupture + NEAR) {
      out.push({
        key,
        level: relation <= t.rupture + NEAR / 2 ? 'danger' : 'watch',
        text: W.rupture(powerName(cs.scenario.powers, p), shown(key), String(t.rupture)),
        short: S.rupture(powerName(cs.scenario.powers, p), shown(key), String(t.rupture)),
      });
    }
  }
  if (ind['home.mood'] <= t.unrest + NEAR) {
    out.push({
      key: 'home.mood',
      level: ind['home.mood'] <= t.unrest + NEAR / 2 ? 'danger' : 'watch',
      text: W.unrest(shown('home.mood'), String(t.unrest)),
      short: S.unrest(shown('home.mood'), String(t.unrest)),
    });
  }
  if (ind['sea.tension'] >= t.clash - TENSION_WATCH) {
    out.push({
      key: 'sea.tension',
      level: ind['sea.tension'] >= t.clash - TENSION_DANGER ? 'danger' : 'watch',
      text: W.clash(shown('sea.tension'), String(t.clash)),
      short: S.clash(shown('sea.tension'), String(t.clash)),
    });
  }
  if (ind['economy.growth'] <= t.crisis + 1.5) {
    out.push({
      key: 'economy.growth',
      level: ind['economy.growth'] <= t.crisis + 0.75 ? 'danger' : 'watch',
      text: W.crisis(shown('economy.growth'), gaugeValue('economy.growth', t.crisis)),
      short: S.crisis(shown('economy.growth'), gaugeValue('economy.growth', t.crisis)),
    });
  }
  // The most urgent first.
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === 'danger' ? -1 : 1));
}
