/**
 * A save set aside, as a replay file: the seed and the decision list with the engine version
 * and scenario hash it was made under. This game refuses to play it (naming the versions),
 * while the build that made it, or `bamboo verify` from that version, can still check it:
 * the game is kept, not converted to rules it was never played under.
 */
import { REPLAY_FORMAT, type Replay } from '../engine';
import { replayFileName } from '../replay/file-name';
import type { SaveRecord } from './save-record';

export function saveToReplay(record: SaveRecord): Replay {
  return {
    format: REPLAY_FORMAT,
    engineVersion: record.engineVersion,
    scenario: { id: record.scenario.id, hash: record.scenario.hash },
    seed: record.seed,
    // The replay gate takes names up to 200 characters; a save's name is shorter unless edited by hand.
    ...(record.player ? { player: record.player.slice(0, 200) } : {}),
    actions: record.actions,
  };
}

/** The replay file's text, as the game's own downloads write it. */
export function saveToReplayText(record: SaveRecord): string {
  return `${JSON.stringify(saveToReplay(record), null, 2)}\n`;
}

/** `bamboo-2023-seed-player-engine-3-2-0.json`: a set-aside game's file says which rules made it. */
export function setAsideFileName(record: SaveRecord): string {
  const base = replayFileName(record.scenario.id, record.seed, record.player);
  const engine = record.engineVersion.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 20);
  return base.replace(/\.json$/, `-engine-${engine}.json`);
}
