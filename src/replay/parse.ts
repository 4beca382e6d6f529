/**
 * The gate replay files come through: text in, a well-formed Replay or a
 * message naming the file and the field. Whether the decisions are legal is
 * the engine's verdict (runReplay), checked after this.
 */
import { z } from 'zod';
import { ENGINE_VERSION, REPLAY_FORMAT, type Replay } from '../engine/replay';
import { stripBom } from '../scenario/decode';
import { describePath } from '../scenario/load';

/** A year of decisions is a few hundred entries; anything vastly larger is not a replay. */
export const MAX_REPLAY_BYTES = 1_000_000;

const action = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('choose'),
    event: z.string().min(1),
    choice: z.string().min(1),
  }),
  z.strictObject({ type: z.literal('play'), action: z.string().min(1) }),
  z.strictObject({ type: z.literal('end-turn') }),
]);

export const replaySchema = z.strictObject({
  format: z.string(),
  engineVersion: z.string(),
  scenario: z.strictObject({
    id: z.string().min(1),
    hash: z.string().regex(/^[0-9a-f]{16}$/, 'a 16-digit hex hash'),
  }),
  seed: z.string(),
  player: z.string().max(200).optional(),
  policy: z.string().optional(),
  actions: z.array(action).max(10_000),
  checkpoints: z.array(z.string()).optional(),
  final: z
    .strictObject({
      stateHash: z.string(),
      turn: z.number().int().min(0),
      over: z.boolean(),
      outcome: z.string().nullable(),
      score: z.number().nullable(),
    })
    .optional(),
});

/** Which of the gate's checks refused the file. */
export type ReplayFileProblem = 'too-big' | 'not-json' | 'format' | 'malformed' | 'engine-version';

export type ParsedReplay =
  | { ok: true; replay: Replay }
  | { ok: false; code: ReplayFileProblem; message: string };

export function parseReplayText(raw: string, file: string): ParsedReplay {
  const text = stripBom(raw);
  if (text.length > MAX_REPLAY_BYTES) {
    return {
      ok: false,
      code: 'too-big',
      message: `${file}: the file is ${text.length} characters long; a replay may have at most ${MAX_REPLAY_BYTES}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      code: 'not-json',
      message: `${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  return parseReplayData(data, file);
}

export function parseReplayData(data: unknown, file: string): ParsedReplay {
  if (
    data &&
    typeof data === 'object' &&
    'format' in data &&
    (data as { format: unknown }).format !== REPLAY_FORMAT
  ) {
    return {
      ok: false,
      code: 'format',
      message: `${file}: format: expected "${REPLAY_FORMAT}", found ${JSON.stringify((data as { format: unknown }).format)}`,
    };
  }
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${file}: ${describePath(i.path, data) || '(top level)'}: ${i.message}`);
    return { ok: false, code: 'malformed', message: lines.join('\n') };
  }
  if (parsed.data.engineVersion !== ENGINE_VERSION) {
    return {
      ok: false,
      code: 'engine-version',
      message: `${file}: engineVersion: made by engine ${parsed.data.engineVersion}; this game runs engine ${ENGINE_VERSION}`,
    };
  }
  return { ok: true, replay: parsed.data as Replay };
}
