/**
 * The links that open the game on something: a shared replay
 * (`#replay=<data>`), a new game on a scenario and seed (`#new=<id>/<seed>`),
 * or the plain query form teachers can type by hand
 * (`?scenario=<id>&seed=<text>`, with `&class=1` when the seed is a class
 * code). Reading a link never throws: a broken one is a `kind: 'error'` with
 * a message for the player.
 */
import type { Replay } from '../engine/replay';
import { TEXT } from '../i18n';
import { classCodeFits, parseClassCode } from './class-code';
import { decodeReplayFromUrl, encodeReplayForUrl } from './replay-url';

const W = TEXT.view.links.launch;

/** As the new-game dialog allows (src/ui/title/launch-query.ts): seeds are typed by people. */
export const MAX_SEED_CHARS = 64;
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]*$/;

export type LaunchRequest =
  | { readonly kind: 'replay'; readonly replay: Replay }
  | {
      readonly kind: 'new';
      readonly scenario: string;
      /** null: the scenario's default seed. */
      readonly seed: string | null;
      /** Present when the link is a class link; equal to the seed. */
      readonly classCode?: string;
      /** The scenario itself, compressed (`#scenario=`), when the game does not ship it. */
      readonly scenarioData?: string;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Accepts a whole URL, or just its `?query` and/or `#hash` part. A hash
 * request wins over a query one (a share link pasted onto a class link is
 * the more specific wish).
 */
export function parseLaunchUrl(url: string): LaunchRequest {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt + 1) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '';

  const fromHash = parseHash(hash);
  if (fromHash.kind !== 'none') return fromHash;
  const fromQuery = parseQuery(query);
  const scenarioData = params(hash).get('scenario');
  return fromQuery.kind === 'new' && scenarioData !== undefined
    ? { ...fromQuery, scenarioData }
    : fromQuery;
}

/**
 * Hash parameters are split by hand: URLSearchParams would turn the `+` of
 * lz-string's alphabet into a space.
 */
function params(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    if (!out.has(key)) out.set(key, eq >= 0 ? part.slice(eq + 1) : '');
  }
  return out;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function parseHash(hash: string): LaunchRequest {
  const p = params(hash);
  const data = p.get('replay');
  if (data !== undefined) {
    const result = decodeReplayFromUrl(data);
    return result.ok
      ? { kind: 'replay', replay: result.replay }
      : { kind: 'error', message: W.replay(result.error.message) };
  }
  const spec = p.get('new');
  if (spec !== undefined) {
    const slash = spec.indexOf('/');
    const scenario = decode(slash >= 0 ? spec.slice(0, slash) : spec);
    const seed = slash >= 0 ? decode(spec.slice(slash + 1)) : '';
    if (scenario === null || seed === null) {
      return { kind: 'error', message: W.escape };
    }
    return newGame(scenario, seed === '' ? null : seed, p.has('class'));
  }
  return { kind: 'none' };
}

function parseQuery(query: string): LaunchRequest {
  const p = params(query);
  const scenario = p.get('scenario');
  if (scenario === undefined) {
    return p.has('seed') ? { kind: 'error', message: W.seedOnly } : { kind: 'none' };
  }
  const id = decode(scenario);
  const seedText = p.get('seed');
  const seed = seedText === undefined ? '' : decode(seedText);
  if (id === null || seed === null) {
    return { kind: 'error', message: W.escape };
  }
  return newGame(id, seed === '' ? null : seed, p.has('class'));
}

function newGame(scenario: string, seed: string | null, isClass: boolean): LaunchRequest {
  if (!SCENARIO_ID.test(scenario)) {
    return {
      kind: 'error',
      message: W.scenario(scenario.slice(0, 40)),
    };
  }
  if (seed !== null && seed.length > MAX_SEED_CHARS) {
    return {
      kind: 'error',
      message: W.seed(seed.length, MAX_SEED_CHARS),
    };
  }
  if (!isClass) return { kind: 'new', scenario, seed };
  const code = parseClassCode(seed ?? '');
  if (!code.ok) {
    return { kind: 'error', message: W.classCode(code.error.message) };
  }
  if (!classCodeFits(code.code, scenario)) {
    return {
      kind: 'error',
      message: W.classScenario(code.code, scenario),
    };
  }
  return { kind: 'new', scenario, seed: code.code, classCode: code.code };
}

/**
 * `base` is where the game lives, e.g. `location.origin + location.pathname`. `lang` (e.g.
 * "vi") opens the game in that language (`?lang=vi`, read by the settings store); links made
 * in the default language leave it out, so the reader's own choice stands.
 */
export function replayLink(base: string, replay: Replay, lang?: string): string {
  return `${stripBase(base)}${langQuery(lang, '?')}#replay=${encodeReplayForUrl(replay)}`;
}

export function newGameLink(base: string, scenario: string, seed: string, lang?: string): string {
  return `${stripBase(base)}${langQuery(lang, '?')}#new=${encodeURIComponent(scenario)}/${encodeURIComponent(seed)}`;
}

/** The link a teacher hands out: readable, so it survives being typed from a projector. */
export function classLink(base: string, scenario: string, code: string, lang?: string): string {
  return `${stripBase(base)}?scenario=${encodeURIComponent(scenario)}&seed=${encodeURIComponent(code)}&class=1${langQuery(lang, '&')}`;
}

function langQuery(lang: string | undefined, separator: '?' | '&'): string {
  return lang ? `${separator}lang=${encodeURIComponent(lang)}` : '';
}

function stripBase(base: string): string {
  const cut = base.search(/[?#]/);
  return cut >= 0 ? base.slice(0, cut) : base;
}
