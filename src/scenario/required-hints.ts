/**
 * What to write when a required field is missing: plain words with an
 * example for the fields authors most often leave out, otherwise the field's
 * own description.
 */
import { docPath, fieldDoc } from './schema-docs';

const EXAMPLES: Readonly<Record<string, string>> = {
  'events[].sources':
    'Each event needs at least one source: {publication, date}, e.g. "sources": [{"publication": "Reuters", "date": "2014-05-07"}]',
  'events[].date':
    'Each scheduled event needs the day it happened, e.g. "date": "2014-05-02"; it must fall inside a calendar turn',
  'randomEvents.events[].weight':
    'Each random event needs a weight formula, e.g. "weight": {"base": 1} or {"base": 0, "per": {"sea.tension": 0.04}}',
  'powers.*.reactions[].weight': 'Each reaction needs a weight formula, e.g. "weight": {"base": 2}',
  calendar:
    'the list of turns, e.g. "calendar": [{"id": "t1", "label": "May 2014", "start": "2014-05-01", "end": "2014-05-31"}]',
};

/** Plain words with an example, for the fields authors most often get wrong. */
export function fieldExample(path: readonly PropertyKey[]): string | undefined {
  return EXAMPLES[docPath(path).replace(/^powers\.[a-z]+\./, 'powers.*.')];
}

export function requiredFieldHint(path: readonly PropertyKey[], expected: string): string {
  const example = fieldExample(path);
  if (example) return example;
  const doc = fieldDoc(docPath(path));
  if (doc) return doc;
  return `Expected ${expected}.`;
}
