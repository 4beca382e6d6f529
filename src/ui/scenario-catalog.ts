/**
 * The scenarios the game offers: every scenarios/*.json, shipped as static
 * files (fetched, not bundled, so the JavaScript stays small) and loaded
 * through the same gate as the command line. A broken file is listed with
 * its problems instead of stopping the game.
 */
import type { CompiledScenario } from '../engine';
import { formatProblem, loadScenarioText } from '../scenario/load';

const urls = import.meta.glob('../../scenarios/*.json', {
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

type Fetched = { readonly file: string } & (
  | { readonly text: string; readonly problem?: undefined }
  | { readonly problem: string; readonly text?: undefined }
);

export async function loadCatalog(): Promise<CatalogEntry[]> {
  const files = Object.entries(urls)
    .filter(([path]) => !path.endsWith('/schema.json'))
    .sort(([a], [b]) => a.localeCompare(b));
  // Every file first, so a scenario can extend another of the catalog by id.
  const fetched = await Promise.all(
    files.map(async ([path, url]): Promise<Fetched> => {
      const file = `scenarios/${path.split('/').pop()}`;
      try {
        const response = await fetch(url);
        if (!response.ok)
          return { file, problem: `${file}: could not be fetched (HTTP ${response.status})` };
        return { file, text: await response.text() };
      } catch (err) {
        return {
          file,
          problem: `${file}: could not be fetched (${err instanceof Error ? err.message : String(err)})`,
        };
      }
    }),
  );
  const byId = new Map<string, unknown>();
  for (const f of fetched) {
    if (f.text === undefined) continue;
    try {
      const data: unknown = JSON.parse(f.text);
      const id = (data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') byId.set(id, data);
    } catch {
      // The loader below reports the broken file with its line and column.
    }
  }
  return fetched.map((f): CatalogEntry => {
    if (f.text === undefined) return { file: f.file, compiled: null, problems: [f.problem] };
    const result = loadScenarioText(f.text, f.file, (id) => byId.get(id));
    return result.ok
      ? { file: f.file, compiled: result.compiled, problems: [] }
      : { file: f.file, compiled: null, problems: result.problems.map(formatProblem) };
  });
}

export function findScenario(
  catalog: readonly CatalogEntry[],
  id: string,
): CompiledScenario | undefined {
  return catalog.find((e) => e.compiled?.scenario.id === id)?.compiled ?? undefined;
}
