import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CatalogEntry,
  findScenario,
  openedEntry,
  shippedEntry,
} from '../../src/ui/scenario-catalog';

const MINI = readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8');

/** An entry that fails the test if anything checks it. */
function untouchable(file: string, declaredId: string): CatalogEntry {
  return {
    file,
    origin: 'shipped',
    declaredId,
    get compiled(): never {
      throw new Error(`${file} was checked`);
    },
    get problems(): never {
      throw new Error(`${file} was checked`);
    },
  };
}

describe('shipped scenarios, checked when first needed', () => {
  it('a valid file gives the same scenario as the gate, and names its id before any check', () => {
    const entry = shippedEntry('scenarios/mini.json', MINI);
    expect(entry.declaredId).toBe('mini');
    expect(entry.compiled?.scenario.id).toBe('mini');
    expect(entry.problems).toEqual([]);
    // Checked once: the same compiled scenario every time.
    expect(entry.compiled).toBe(entry.compiled);
  });

  it('a broken file lists its problems, naming the file', () => {
    const entry = shippedEntry('scenarios/broken.json', '{ "id": "broken", ]');
    expect(entry.declaredId).toBeNull();
    expect(entry.compiled).toBeNull();
    expect(entry.problems[0]).toMatch(/^scenarios\/broken\.json: /);
  });

  it('finding a scenario checks the file that names it, not the others', () => {
    const catalog = [
      untouchable('scenarios/a.json', 'a'),
      shippedEntry('scenarios/mini.json', MINI),
    ];
    expect(findScenario(catalog, 'mini')?.scenario.id).toBe('mini');
  });

  it('an id no file names still looks through every entry', () => {
    const catalog = [shippedEntry('scenarios/mini.json', MINI)];
    expect(findScenario(catalog, 'nowhere')).toBeUndefined();
  });

  it("an opened file cannot take a shipped scenario's id, and other shipped files stay unchecked", () => {
    const catalog = [
      untouchable('scenarios/a.json', 'a'),
      shippedEntry('scenarios/mini.json', MINI),
    ];
    const opened = openedEntry('mine.json', MINI, catalog);
    expect(opened.compiled).toBeNull();
    expect(opened.problems[0]).toContain('is the id of a scenario that comes with the game');
  });
});
