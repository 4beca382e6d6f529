/**
 * Everything a student needs to join a class, as a link or a small file:
 * the scenario (its text too, when the game does not ship it), the class
 * code (which is the seed), the language and whether the advisor is on.
 * Pure, for the browser and the command line.
 */
import LZString from 'lz-string';
import { hashString } from '../engine/hash';
import { newClassCode } from './class-code';

export interface ClassInvite {
  readonly scenarioId: string;
  readonly code: string;
  /** The scenario file's text, for a scenario the game does not ship. */
  readonly scenarioText?: string;
  readonly lang?: string;
  /** false: students play without the advisor. */
  readonly advisor?: boolean;
}

/**
 * Longest scenario a link may carry, compressed. lz-string inflates
 * quadratically at worst, so the bound keeps a hostile link from freezing the
 * page; a bigger scenario travels as a class file instead.
 */
export const MAX_LINK_SCENARIO_CHARS = 40_000;
/** Past this a link is hard to paste into a chat or a learning platform, and no QR code holds it. */
export const COMFORTABLE_LINK_CHARS = 2_000;
export const CLASS_FILE_FORMAT = 'bamboo-class/1';

/**
 * The same scenario and seed text always give the same class code, so a
 * teacher (or a script) can make the link again and students' replays still
 * match.
 */
export function classCodeFor(scenarioId: string, seedText: string): string {
  return newClassCode(scenarioId, (bytes) => {
    const hex = hashString(`${scenarioId}\u0000${seedText}`);
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = Number.parseInt(hex.slice((2 * i) % hex.length, ((2 * i) % hex.length) + 2), 16);
  });
}

/** Scenario text made as small as JSON allows (the content hash does not change). */
export function compactScenarioText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

export function classInviteLink(base: string, invite: ClassInvite): string {
  const cut = base.search(/[?#]/);
  const root = cut >= 0 ? base.slice(0, cut) : base;
  let link = `${root}?scenario=${encodeURIComponent(invite.scenarioId)}&seed=${encodeURIComponent(invite.code)}&class=1`;
  if (invite.lang) link += `&lang=${encodeURIComponent(invite.lang)}`;
  if (invite.advisor === false) link += '&advisor=off';
  // In the fragment: never sent to the server, so no server limits the link's length.
  if (invite.scenarioText)
    link += `#scenario=${LZString.compressToEncodedURIComponent(compactScenarioText(invite.scenarioText))}`;
  return link;
}

export type UnpackResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** The scenario text a link carries (the `#scenario=` part). */
export function unpackLinkScenario(data: string): UnpackResult {
  if (data.length > MAX_LINK_SCENARIO_CHARS)
    return {
      ok: false,
      message: `the scenario in this link is ${data.length} characters long; a link may carry at most ${MAX_LINK_SCENARIO_CHARS}: ask your teacher for the class file instead`,
    };
  if (!/^[A-Za-z0-9+\-$ ]*$/.test(data))
    return { ok: false, message: 'the link is damaged: it holds characters a scenario never uses' };
  let text: string | null = null;
  try {
    text = LZString.decompressFromEncodedURIComponent(data);
  } catch {
    text = null;
  }
  return text
    ? { ok: true, text }
    : { ok: false, message: 'the link is damaged: its scenario cannot be unpacked' };
}

/** A class file: the same invitation as the link, for students to open with "Open a scenario file…". */
export function classFileText(invite: ClassInvite): string {
  const scenario = invite.scenarioText ? JSON.parse(invite.scenarioText) : invite.scenarioId;
  return `${JSON.stringify(
    {
      format: CLASS_FILE_FORMAT,
      code: invite.code,
      ...(invite.lang ? { lang: invite.lang } : {}),
      ...(invite.advisor === false ? { advisor: false } : {}),
      scenario,
    },
    null,
    1,
  )}\n`;
}

export type ClassFileResult =
  | { readonly ok: true; readonly invite: ClassInvite }
  | { readonly ok: false; readonly message: string };

/** Whether parsed JSON is a class file at all (rather than a scenario or a replay). */
export function isClassFile(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    (data as { format?: unknown }).format === CLASS_FILE_FORMAT
  );
}

/** Reads a parsed class file; the scenario inside still goes through the scenario gate. */
export function readClassFile(data: unknown): ClassFileResult {
  if (!isClassFile(data)) return { ok: false, message: `expected format "${CLASS_FILE_FORMAT}"` };
  const d = data as Record<string, unknown>;
  if (typeof d.code !== 'string') return { ok: false, message: 'code: expected the class code' };
  const scenario = d.scenario;
  const lang = typeof d.lang === 'string' ? d.lang : undefined;
  const advisor = d.advisor === false ? false : undefined;
  const base = {
    code: d.code,
    ...(lang ? { lang } : {}),
    ...(advisor === false ? { advisor } : {}),
  };
  if (typeof scenario === 'string') return { ok: true, invite: { ...base, scenarioId: scenario } };
  if (scenario && typeof scenario === 'object') {
    const id = (scenario as { id?: unknown }).id;
    return {
      ok: true,
      invite: {
        ...base,
        scenarioId: typeof id === 'string' ? id : '',
        scenarioText: JSON.stringify(scenario),
      },
    };
  }
  return { ok: false, message: 'scenario: expected the scenario or its id' };
}
