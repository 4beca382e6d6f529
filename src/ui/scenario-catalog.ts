/**
 * The scenarios the game offers: every scenarios/*.json, shipped as static
 * files (fetched, not bundled, so the JavaScript stays small) and loaded
 * through the same gate as the command line. A broken file is listed with
 * its problems instead of stopping the game.
 */
import type { CompiledScenario } from '../engine';
import { stripBom } from '../scenario/decode';
import { formatProblem, loadScenarioText, withTexts } from '../scenario/load';
import { type CatalogWords, ENGLISH_WORDS } from '../store';

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

export type { CatalogWords } from '../store';

/** The words shipped entries are read in: the session store's `catalogWords`. */
export type WordsSource = () => CatalogWords;

const ASWRITTEN: WordsSource = () => ENGLISH_WORDS;

export interface CatalogEntry {
  readonly file: string;
  readonly compiled: CompiledScenario | null;
  readonly problems: readonly string[];
  /** 'opened': a file the player opened in this browser (kept in IndexedDB), not shipped. */
  readonly origin?: 'shipped' | 'opened';
  /** An opened file's text, so a class link or class file can carry it. */
  readonly text?: string;
  /** The id the file says it has, read before it is checked (shipped files). */
  readonly declaredId?: string | null;
  /** A shipped scenario as written, in English: what its translations are laid over. */
  readonly original?: CompiledScenario | null;
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
  const shipped = catalog.find(
    (e) =>
      e.origin !== 'opened' &&
      (e.declaredId === undefined || e.declaredId === id) &&
      e.compiled?.scenario.id === id,
  );
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

/**
 * A shipped file's entry: fetched at start-up, but passed through the gate only when something
 * first reads `compiled` or `problems` (a save to resume, a link, the New game list) or when
 * the title screen is idle (`warmCatalog`). Checking every scenario took most of the wait
 * before the title screen became interactive; the title itself needs none of them.
 */
export function shippedEntry(
  file: string,
  text: string,
  wordsNow: WordsSource = ASWRITTEN,
): CatalogEntry {
  let checked: { compiled: CompiledScenario | null; problems: readonly string[] } | undefined;
  const check = () => {
    if (checked) return checked;
    const result = loadScenarioText(text, file);
    checked = result.ok
      ? { compiled: result.compiled, problems: [] }
      : { compiled: null, problems: result.problems.map(formatProblem) };
    return checked;
  };
  // One translation per language, kept: screens compare scenarios by identity.
  const translated = new Map<string, CompiledScenario>();
  const inWords = (original: CompiledScenario): CompiledScenario => {
    const words = wordsNow();
    const overlay = words.byId.get(original.scenario.id);
    if (overlay === undefined) return original;
    const known = translated.get(words.locale);
    if (known) return known;
    const path = `scenarios/texts/${original.scenario.id}.${words.locale}.json`;
    const result = withTexts(
      { ok: true, scenario: original.scenario, compiled: original, notes: [] },
      overlay,
      path,
    );
    // A translation that does not load leaves the scenario as written: never a stopped game.
    if (!result.ok) console.warn(result.problems.map(formatProblem).join('\n'));
    const shown = result.ok ? result.compiled : original;
    translated.set(words.locale, shown);
    return shown;
  };
  let declared: string | null | undefined;
  return {
    file,
    origin: 'shipped',
    get compiled() {
      const original = check().compiled;
      return original ? inWords(original) : null;
    },
    get original() {
      return check().compiled;
    },
    get problems() {
      return check().problems;
    },
    get declaredId() {
      if (declared === undefined) declared = declaredIdOf(text);
      return declared;
    },
  };
}

/**
 * Fetches the shipped scenarios' texts in `locale` (by the ids their files declare, so nothing
 * is checked for it), for the session store's `setCatalogWords`. The rules and the hash stay
 * the same, so saves, replays and class codes carry over between languages. An overlay that
 * cannot be fetched leaves its scenario as written, and the console says why.
 */
export async function fetchCatalogWords(
  catalog: readonly CatalogEntry[],
  locale: string,
): Promise<CatalogWords> {
  const ids = [
    ...new Set(
      catalog.flatMap((e) => (e.origin === 'shipped' && e.declaredId ? [e.declaredId] : [])),
    ),
  ];
  const fetched = await Promise.all(
    ids.map(async (id): Promise<[string, unknown] | null> => {
      const url = Object.entries(overlayUrls).find(([path]) =>
        path.endsWith(`/${id}.${locale}.json`),
      )?.[1];
      if (url === undefined) return null;
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return [id, await response.json()];
      } catch (err) {
        console.warn(
          `scenarios/texts/${id}.${locale}.json: could not be read (${err instanceof Error ? err.message : String(err)})`,
        );
        return null;
      }
    }),
  );
  return { locale, byId: new Map(fetched.filter((f): f is [string, unknown] => f !== null)) };
}

/** The id a file's text names, read without checking anything else; null when it names none. */
function declaredIdOf(text: string): string | null {
  try {
    const data: unknown = JSON.parse(stripBom(text));
    const id =
      data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

export async function loadCatalog(wordsNow: WordsSource = ASWRITTEN): Promise<CatalogEntry[]> {
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
        return shippedEntry(file, await response.text(), wordsNow);
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

/**
 * Checks the entries not checked yet, one per idle moment, so that the New game list opens at
 * once later. Reading `compiled` is what checks an entry.
 */
export function warmCatalog(catalog: readonly CatalogEntry[]): void {
  const idle: (run: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 2000 })
      : (run) => setTimeout(run, 50);
  const pending = [...catalog];
  const next = () => {
    const entry = pending.shift();
    if (!entry) return;
    void entry.compiled;
    idle(next);
  };
  idle(next);
}

export function findScenario(
  catalog: readonly CatalogEntry[],
  id: string,
): CompiledScenario | undefined {
  // The entry whose file names the id is checked first: the others need not be checked yet.
  const named = catalog.find((e) => e.declaredId === id && e.compiled?.scenario.id === id);
  return (named ?? catalog.find((e) => e.compiled?.scenario.id === id))?.compiled ?? undefined;
}
