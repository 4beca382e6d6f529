/**
 * What a file opened with "Open a scenario file…" (or dropped) turns out to
 * be: a playable scenario, a class file (a scenario, a class code and the
 * class's settings), or a scenario with mistakes listed in the author's words.
 */
import { type ClassInvite, isClassFile, readClassFile } from '../../share/class-invite';
import { type CatalogEntry, openedEntry } from '../scenario-catalog';

export type ScenarioOpen =
  | { readonly kind: 'scenario'; readonly entry: CatalogEntry }
  | { readonly kind: 'class'; readonly entry: CatalogEntry; readonly invite: ClassInvite }
  | { readonly kind: 'broken'; readonly file: string; readonly problems: readonly string[] };

export function openScenarioText(
  file: string,
  text: string,
  catalog: readonly CatalogEntry[],
): ScenarioOpen {
  const data = parseOrNull(text);
  if (isClassFile(data)) {
    const read = readClassFile(data);
    if (!read.ok) return { kind: 'broken', file, problems: [`${file}: ${read.message}`] };
    const { invite } = read;
    if (invite.scenarioText === undefined) {
      const shipped = catalog.find((e) => e.compiled?.scenario.id === invite.scenarioId);
      return shipped
        ? { kind: 'class', entry: shipped, invite }
        : {
            kind: 'broken',
            file,
            problems: [`${file}: scenario: this game has no scenario "${invite.scenarioId}"`],
          };
    }
    const entry = openedEntry(file, invite.scenarioText, catalog);
    return entry.compiled
      ? { kind: 'class', entry, invite }
      : { kind: 'broken', file, problems: entry.problems };
  }
  const entry = openedEntry(file, text, catalog);
  return entry.compiled
    ? { kind: 'scenario', entry }
    : { kind: 'broken', file, problems: entry.problems };
}

/**
 * A dropped file goes to the scenario side when it is a class file or looks
 * like a scenario (or like a broken attempt at one): anything else is taken
 * for a replay, as before.
 */
export function isScenarioLike(name: string, text: string): boolean {
  const data = parseOrNull(text);
  if (isClassFile(data)) return true;
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    return 'calendar' in d || 'powers' in d || d.format === 1;
  }
  // Not JSON at all: a scenario being written, judging by its text, or a replay that is damaged.
  return data === null && /"calendar"\s*:|"powers"\s*:/.test(text) && !name.includes('replay');
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
