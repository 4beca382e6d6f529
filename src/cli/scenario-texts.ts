/**
 * How much of each scenario's text exists in a language. A scenario is written in English;
 * its translations are text overlays, scenarios/texts/<scenario>.<locale>.json, each a
 * `texts` map from a text's key to its translation. Without one, every text is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../scenario/schema';
import { SCENARIO_DIR } from './scenarios';

/** Fields that hold words a player reads (ids, dates and publications are not translated). */
const TEXT_FIELDS = new Set([
  'title',
  'summary',
  'text',
  'label',
  'question',
  'view',
  'heldBy',
  'news',
  'note',
  'agenda',
  'name',
  'leader',
  'capital',
]);

/** How many texts a scenario has for a reader: every string under a text field. */
export function countScenarioTexts(scenario: Scenario): number {
  let n = 0;
  const walk = (value: unknown, field: string | null) => {
    if (typeof value === 'string') {
      if (field !== null && TEXT_FIELDS.has(field) && value.trim() !== '') n++;
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, field);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, key);
    }
  };
  walk(scenario, null);
  return n;
}

export function overlayFile(scenarioId: string, locale: string): string {
  return join(SCENARIO_DIR, 'texts', `${scenarioId}.${locale}.json`);
}

/** Texts an overlay gives (0 when there is none or it cannot be read: reported as missing). */
export function overlayTextCount(scenarioId: string, locale: string): number {
  const file = overlayFile(scenarioId, locale);
  if (!existsSync(file)) return 0;
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const texts = (data as { texts?: unknown }).texts;
    return texts && typeof texts === 'object'
      ? Object.values(texts).filter((t) => typeof t === 'string' && t.trim() !== '').length
      : 0;
  } catch {
    return 0;
  }
}
