/** The month's news gathered by place, for the map: one marker per place, however many items. */
import type { ActorLook } from './causes';
import type { NewsView } from './news';

/** The actor of the first item there sets the marker's colour. */
export interface NewsPlace extends ActorLook {
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly count: number;
}

export function newsPlaces(items: readonly NewsView[]): NewsPlace[] {
  const byName = new Map<string, NewsPlace>();
  for (const item of items) {
    if (!item.place) continue;
    const seen = byName.get(item.place.name);
    byName.set(
      item.place.name,
      seen
        ? { ...seen, count: seen.count + 1 }
        : {
            ...item.place,
            actor: item.actor,
            actorName: item.actorName,
            actorSlot: item.actorSlot,
            actorColor: item.actorColor,
            count: 1,
          },
    );
  }
  return [...byName.values()];
}
