/**
 * The scenarios the game offers: every scenarios/*.json, shipped as static
 * files (fetched, not bundled, so the JavaScript stays small) and loaded
 * through the same gate as the command line. A broken file is listed with
 * its problems instead of stopping the game.
 */
import type { CompiledScenario } from '../engine';
import { formatProblem, loadScenarioText, withTexts } from '../scenario/load';

// The schema is no scenario: left out of the glob so no build ships it.
const urls = import.meta.glob(['../../scenarios/*.json', '!../../scenarios/schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// Translations of the shipped scenarios' texts (scenarios/texts/<id>.<locale>.json):
// fetched only for the language the player reads, never bundled.
const overlayUrls = import.meta.glob('../../scenarios/texts/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface CatalogEntry {
  readonly file: string;
  /** The scenario in the words of the language in use (see localizeCatalog). */
  readonly compiled: CompiledScenario | null;
  /** A shipped scenario as written, in English: what its translations are laid over. */
  readonly original?: CompiledScenario;
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
          ? {
              file,
              compiled: result.compiled,
              original: result.compiled,
              problems: [],
              origin: 'shipped',
            }
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

const translated = new Map<string, Promise<CompiledScenario>>();

/**
 * A shipped scenario in the words of `locale`: its text overlay laid over it. The rules and
 * the hash stay the same, so saves, replays and class codes carry over between languages.
 * Without an overlay, or with one that cannot be fetched or does not load, the scenario
 * stays as written (and the console says why): the game is never stopped by a translation.
 */
export function inLocale(original: CompiledScenario, locale: string): Promise<CompiledScenario> {
  const file = `scenarios/texts/${original.scenario.id}.${locale}.json`;
  const url = Object.entries(overlayUrls).find(([path]) =>
    path.endsWith(`/${original.scenario.id}.${locale}.json`),
  )?.[1];
  if (url === undefined) return Promise.resolve(original);
  const key = `${original.hash} ${locale}`;
  const known = translated.get(key);
  if (known) return known;
  const loading = (async () => {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const result = withTexts(
        { ok: true, scenario: original.scenario, compiled: original, notes: [] },
        await response.json(),
        file,
      );
      if (result.ok) return result.compiled;
      console.warn(result.problems.map(formatProblem).join('\n'));
    } catch (err) {
      console.warn(
        `${file}: could not be read (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    return original;
  })();
  translated.set(key, loading);
  return loading;
}

/** Every shipped entry in the words of `locale`, in the same order; opened files stay as they are. */
export async function localizedEntries(
  catalog: readonly CatalogEntry[],
  locale: string,
): Promise<CatalogEntry[]> {
  return Promise.all(
    catalog.map(async (entry) =>
      entry.original ? { ...entry, compiled: await inLocale(entry.original, locale) } : entry,
    ),
  );
}
