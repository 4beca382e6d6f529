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
          ? { file, compiled: result.compiled, problems: [] }
          : { file, compiled: null, problems: result.problems.map(formatProblem) };
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
