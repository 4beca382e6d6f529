/** News items and the year's timeline, from the explanations the engine returned. */
import type { CompiledScenario, News } from '../engine';
import { calendarLabel } from '../i18n/turn-label';
import { type Actor, type ActorLook, actorLook, describeSource } from './causes';
import type { StepLike } from './gauges';
import {
  CALLED_OFF_NEWS,
  INCIDENT_NEWS,
  INCIDENT_PLACE_NAME,
  outcomeLabel,
  POSTPONED_NEWS,
  powerName,
} from './labels';

export interface NewsView extends ActorLook {
  readonly kind: News['kind'];
  readonly headline: string;
  readonly detail: string | null;
  readonly place: News['place'] | null;
  readonly source: string;
}

/**
 * The rules' incidents at sea name no place: the map marks them in the open East Sea, between
 * the Paracels and the Spratlys, where 2023's rammings and water cannon happened.
 */
const incidentPlace = (): NonNullable<News['place']> => ({
  name: INCIDENT_PLACE_NAME(),
  lon: 112.6,
  lat: 12.8,
  mark: 'incident',
});

function actorOf(item: News): Actor {
  if (item.power) return item.power;
  if (item.kind === 'action' || item.kind === 'choice') return 'you';
  return 'world';
}

export function newsView(cs: CompiledScenario, item: News): NewsView {
  const view = newsWords(cs, item);
  return { ...view, ...actorLook(cs, view.actor) };
}

function newsWords(
  cs: CompiledScenario,
  item: News,
): Omit<NewsView, Exclude<keyof ActorLook, 'actor'>> {
  const place = item.place ?? null;
  switch (item.kind) {
    case 'event':
    case 'random': {
      const ev = cs.events.get(item.source.slice(item.source.indexOf(':') + 1));
      // A repeat's headline is its variant's title (event-words.ts): its detail goes with it.
      const variant =
        ev && 'variants' in ev ? ev.variants?.find((v) => v.title === item.text) : undefined;
      return {
        actor: 'world',
        kind: item.kind,
        headline: item.text ?? ev?.title ?? item.source,
        detail: variant?.text ?? ev?.text ?? null,
        place,
        source: item.source,
      };
    }
    case 'end': {
      const outcome = item.outcome ? outcomeLabel(cs.scenario.powers, item.outcome) : undefined;
      return {
        actor: 'world',
        kind: 'end',
        headline: outcome?.name ?? item.source,
        detail: outcome?.help ?? null,
        place,
        source: item.source,
      };
    }
    case 'choice':
    case 'action':
      return {
        actor: 'you',
        kind: item.kind,
        headline: describeSource(cs, item.source).label,
        detail: null,
        place,
        source: item.source,
      };
    case 'postponed':
    case 'called-off': {
      const ev = cs.events.get(item.source.slice(item.source.indexOf(':') + 1));
      const title = item.text ?? ev?.title ?? item.source;
      const to = item.toTurn === undefined ? undefined : cs.scenario.calendar[item.toTurn];
      return {
        actor: 'world',
        kind: item.kind,
        headline:
          item.kind === 'postponed' && to
            ? POSTPONED_NEWS(title, calendarLabel(to))
            : CALLED_OFF_NEWS(title),
        detail: null,
        place,
        source: item.source,
      };
    }
    case 'incident':
      return {
        actor: actorOf(item),
        kind: item.kind,
        headline: INCIDENT_NEWS(item.count ?? 1, powerName(cs.scenario.powers, item.power ?? '')),
        detail: null,
        place: place ?? incidentPlace(),
        source: item.source,
      };
    default:
      return {
        actor: actorOf(item),
        kind: item.kind,
        headline: item.text ?? item.source,
        detail: null,
        place,
        source: item.source,
      };
  }
}

/** What happened when the player last ended a turn: the powers' reactions and the month's news. */
export function latestNews(cs: CompiledScenario, steps: readonly StepLike[]): NewsView[] {
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (!step) continue;
    const news = step.explanation.news;
    if (i === 0 || news.some((n) => n.kind === 'turn' || n.kind === 'end')) {
      return news.filter((n) => n.kind !== 'turn').map((n) => newsView(cs, n));
    }
  }
  return [];
}

/**
 * What the map marks: the news of the turn's start (as `latestNews`) and what the player has
 * done since (cards played, answers given), so a visit or a protest shows where it happens as
 * soon as it is decided.
 */
export function monthNews(cs: CompiledScenario, steps: readonly StepLike[]): NewsView[] {
  const since: NewsView[] = [];
  for (let i = steps.length - 1; i > 0; i--) {
    const news = steps[i]?.explanation.news ?? [];
    if (news.some((n) => n.kind === 'turn' || n.kind === 'end')) break;
    since.unshift(...news.map((n) => newsView(cs, n)));
  }
  return [...latestNews(cs, steps), ...since];
}

export interface TimelineTurn {
  readonly turn: number;
  readonly label: string;
  readonly items: readonly NewsView[];
}

/** The whole game, month by month: events, the player's decisions, the powers' reactions. */
export function timeline(cs: CompiledScenario, steps: readonly StepLike[]): TimelineTurn[] {
  const turns: TimelineTurn[] = cs.scenario.calendar.map((t, turn) => ({
    turn,
    label: calendarLabel(t),
    items: [],
  }));
  let turn = 0;
  for (const step of steps) {
    for (const item of step.explanation.news) {
      if (item.kind === 'turn') {
        turn = cs.scenario.calendar.findIndex((t) => `turn:${t.id}` === item.source);
        continue;
      }
      (turns[turn]?.items as NewsView[] | undefined)?.push(newsView(cs, item));
    }
  }
  return turns.filter((t) => t.items.length > 0);
}
