/**
 * The words an event shows the n-th time it fires. A random event that can
 * happen more than once may give each repeat its own title, text, place and
 * sources (`variants`), so a second flood reads as a second flood, not as the
 * first one again. Words only: a variant never changes what the event does,
 * the dice or the rules hash (rules-of.ts leaves `variants` out).
 */
import type { Place, RandomEvent, ScheduledEvent, Source } from './scenario';

export interface EventWords {
  readonly title: string;
  readonly text: string;
  readonly place: Place | undefined;
  readonly sources: readonly Source[];
  /** True when these are a variant's words, not the event's own. */
  readonly variant: boolean;
}

type AnyEvent = ScheduledEvent | RandomEvent;

/**
 * The words for the `occurrence`-th firing (1 for the first): the event's own
 * the first time, `variants[occurrence - 2]` after that while the list lasts,
 * and the event's own again once it runs out (the screens then say "again").
 */
export function eventWords(ev: AnyEvent, occurrence: number): EventWords {
  const variant = 'variants' in ev ? ev.variants?.[occurrence - 2] : undefined;
  if (!variant)
    return {
      title: ev.title,
      text: ev.text,
      place: ev.place,
      sources: ev.sources ?? [],
      variant: false,
    };
  return {
    title: variant.title,
    text: variant.text,
    place: variant.place ?? ev.place,
    sources: variant.sources ?? ev.sources ?? [],
    variant: true,
  };
}

/** Every source an event cites, its variants' included, each once and in order. */
export function allSources(ev: AnyEvent): readonly Source[] {
  const out: Source[] = [...(ev.sources ?? [])];
  const variants = 'variants' in ev ? (ev.variants ?? []) : [];
  for (const v of variants)
    for (const s of v.sources ?? [])
      if (
        !out.some(
          (o) =>
            o.publication === s.publication &&
            o.date === s.date &&
            o.url === s.url &&
            o.title === s.title,
        )
      )
        out.push(s);
  return out;
}
