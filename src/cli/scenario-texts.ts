/**
 * How much of each scenario's text exists in a language. A scenario is written in English;
 * its translations are text overlays, scenarios/texts/<scenario>.<locale>.json (see
 * src/scenario/texts.ts), laid over it outside the rules hash. Without one, every text is
 * missing; an overlay that does not load counts as none, with its problems reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../engine/scenario';
import { localize, scenarioTexts, TEXTS_FORMAT, type TextOverlay } from '../scenario/texts';
import { SCENARIO_DIR } from './scenarios';

export interface ScenarioTextCount {
  readonly total: number;
  readonly translated: number;
  /** Why the overlay could not be used, when it exists but is wrong. */
  readonly problems: readonly string[];
}

export function overlayFile(scenarioId: string, locale: string): string {
  return join(SCENARIO_DIR, 'texts', `${scenarioId}.${locale}.json`);
}

export function scenarioTextCount(scenario: Scenario, locale: string | null): ScenarioTextCount {
  const total = scenarioTexts(scenario).size;
  if (locale === null) return { total, translated: total, problems: [] };
  const file = overlayFile(scenario.id, locale);
  if (!existsSync(file)) return { total, translated: 0, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return { total, translated: 0, problems: [`${file}: ${String(err)}`] };
  }
  const result = localize(scenario, data);
  if (!result.ok) {
    return {
      total,
      translated: 0,
      problems: result.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
    };
  }
  return { total, translated: total - result.missing.length, problems: [] };
}

/**
 * A text overlay to translate from: every key of the scenario with its English text, ready
 * for a translator to replace one text at a time. Keys left in English count as translated,
 * so the report only becomes honest once every text is rewritten.
 */
export function overlaySkeleton(scenario: Scenario, locale: string): TextOverlay {
  return {
    format: TEXTS_FORMAT,
    scenario: scenario.id,
    locale,
    texts: Object.fromEntries(scenarioTexts(scenario)),
  };
}
