/**
 * The scenarios the game offers: every scenarios/*.json, shipped as static
 * files (fetched, not bundled, so the JavaScript stays small) and loaded
 * through the same gate as the command line. A broken file is listed with
 * its problems instead of stopping the game.
 */
import type { CompiledScenario } from '../engine';
import { formatProblem, loadScenarioText } from '../scenario/load';

// The schema is no scenario: left out of the glob so no build ships it.
const urls = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface CatalogEntry {
  readonly file: string;
  readonly compiled: CompiledScenario | null;
  readonly problems: readonly string[];
  /** 'opened': a file the player opened in this browser (kept in IndexedDB), not shipped. */
  readonly origin?: 'shipped' | 'opened';
  /** An opened file's text, so a class link or class file can carry it. */
  readonly text?: string;
}

/**
 * A scenario file opened in the browser, through the same gate as the shipped
 * ones. Its id may not be a shipped scenario's: links and class codes name
 * scenarios by id.
 */
export function openedEntry(
  file: string,
  text: string,
  catalog: readonly CatalogEntry[],
): CatalogEntry {
  const result = loadScenarioText(text, file);
  if (!result.ok)
    return { file, compiled: null, problems: result.problems.map(formatProblem), origin: 'opened' };
  const id = result.scenario.id;
  const shipped = catalog.find((e) => e.origin !== 'opened' && e.compiled?.scenario.id === id);
  if (shipped)
    return {
      file,
      compiled: null,
      problems: [
        `${file}: id: "${id}" is the id of a scenario that comes with the game (${shipped.file}); give yours another id`,
      ],
      origin: 'opened',
    };
  return { file, compiled: result.compiled, problems: [], origin: 'opened', text };
}

/** The default scenario is the main campaign when it is there. */
export const DEFAULT_SCENARIO = '2023';

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const files = Object.entries(urls)
    .filter(([path]) => !path.endsWith('/schema.json'))
    .sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    files.map(async ([path, url]): Promise<CatalogEntry> => {
      const file = `scenarios/${path.split('/').pop()}`;
      try {
        const response = await fetch(url);
        if (!response.ok)
          return {
            file,
            compiled: null,
            problems: [`${file}: could not be fetched (HTTP ${response.status})`],
          };
        const result = loadScenarioText(await response.text(), file);
        return result.ok
          ? { file, compiled: result.compiled, problems: [], origin: 'shipped' }
          : {
              file,
              compiled: null,
              problems: result.problems.map(formatProblem),
              origin: 'shipped',
            };
      } catch (err) {
        return {
          file,
          compiled: null,
          problems: [
            `${file}: could not be fetched (${err instanceof Error ? err.message : String(err)})`,
          ],
        };
      }
    }),
  );
}

export function findScenario(
  catalog: readonly CatalogEntry[],
  id: string,
): CompiledScenario | undefined {
  return catalog.find((e) => e.compiled?.scenario.id === id)?.compiled ?? undefined;
}
