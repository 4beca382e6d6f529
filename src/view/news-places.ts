/**
 * The news gathered by place, for the map: one mark per place, however many items, for the
 * month in progress and, faded by age, for the few months before it.
 */
import type { CompiledScenario, PlaceMark } from '../engine';
import type { ActorLook } from './causes';
import type { StepLike } from './gauges';
import { type NewsView, timeline } from './news';

/** The actor of the first item there sets the mark's colour; a place's mark is its first item's. */
export interface NewsPlace extends ActorLook {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
  /** What the map draws: a ship, a visit, a clash; null for a plain marker. */
  readonly mark: PlaceMark | null;
  /** The news lines placed here, in order: what the mark explains when asked. */
  readonly headlines: readonly string[];
  /** Turns ago: 0 for the turn in progress. */
  readonly age: number;
}

export function newsPlaces(items: readonly NewsView[], age = 0): NewsPlace[] {
  const byName = new Map<string, NewsPlace>();
  for (const item of items) {
    if (!item.place) continue;
    const seen = byName.get(item.place.name);
    byName.set(
      item.place.name,
      seen
        ? {
            ...seen,
            count: seen.count + 1,
            mark: seen.mark ?? item.place.mark ?? null,
            headlines: [...seen.headlines, item.headline],
          }
        : {
            name: item.place.name,
            lon: item.place.lon,
            lat: item.place.lat,
            actor: item.actor,
            actorName: item.actorName,
            actorSlot: item.actorSlot,
            actorColor: item.actorColor,
            count: 1,
            mark: item.place.mark ?? null,
            headlines: [item.headline],
            age,
          },
    );
  }
  return [...byName.values()];
}

/** How many turns back the map keeps a faded mark. */
export const MARK_MEMORY = 2;

/**
 * The places in the news of the `MARK_MEMORY` turns before `turn`, newest first, each with its
 * age. A place also in `current` (this turn's news) is left to this turn's mark.
 */
export function earlierPlaces(
  cs: CompiledScenario,
  steps: readonly StepLike[],
  turn: number,
  current: readonly NewsPlace[],
): NewsPlace[] {
  const taken = new Set(current.map((p) => p.name));
  const earlier: NewsPlace[] = [];
  const turns = timeline(cs, steps)
    .filter((t) => t.turn < turn && t.turn >= turn - MARK_MEMORY)
    .reverse();
  for (const t of turns) {
    for (const place of newsPlaces(t.items, turn - t.turn)) {
      if (taken.has(place.name)) continue;
      taken.add(place.name);
      earlier.push(place);
    }
  }
  return earlier;
}
