/** The class results chart: every verified student's path beside the historical one. */
import { classPathChart, type Path, type PathChart } from './paths';
import type { ClassFilter, ClassResults, ScenarioLookup } from './verify';
import { displayName } from './verify';

/**
 * Paths are comparable only on one scenario and seed: the class's, or when
 * none was given the one most files were played on (others are left out of
 * the chart, not of the table). Null when there is nothing to draw.
 */
export function classResultsChart(
  results: ClassResults,
  scenarios: ScenarioLookup,
  filter: ClassFilter = {},
): PathChart | null {
  const counts = new Map<string, { scenario: string; seed: string; n: number }>();
  for (const row of results.rows) {
    if (filter.scenario !== undefined && row.scenario !== filter.scenario) continue;
    if (filter.seed !== undefined && row.seed !== filter.seed) continue;
    const key = JSON.stringify([row.scenario, row.seed]);
    const c = counts.get(key) ?? { scenario: row.scenario, seed: row.seed, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  let best: { scenario: string; seed: string } | undefined;
  let bestN = 0;
  for (const c of counts.values()) {
    if (c.n > bestN) {
      best = c;
      bestN = c.n;
    }
  }
  if (!best && filter.scenario !== undefined && filter.seed !== undefined) {
    best = { scenario: filter.scenario, seed: filter.seed };
  }
  if (!best) return null;
  const cs = scenarios(best.scenario);
  if (!cs) return null;
  const { scenario, seed } = best;
  const students: Path[] = results.rows
    .filter((r) => r.scenario === scenario && r.seed === seed)
    .map((r) => ({
      kind: 'student',
      name: displayName(r),
      file: r.file,
      outcome: r.outcome,
      score: r.score,
      points: r.path,
    }));
  return classPathChart(cs, seed, students);
}
