/**
 * A scenario's words, by key, and their translations laid over it. A text
 * overlay (scenarios/texts/<scenario>.<locale>.json) replaces any of them
 * without touching the rules: the rules hash (engine/rules-of.ts) does not
 * cover texts, so a translated scenario verifies against the same class code.
 *
 * Keys name each text by the ids on its path, never by list position where an
 * id exists: `events.us-upgrade.choices.accept.label`, `actions.visit-beijing.title`,
 * `powers.us.reactions.sanctions.effects.news`, `debrief.questions.0`.
 *
 * A source's publication is a name (`events.<id>.sources.<i>.publication`):
 * an overlay may write it as its readers know it (Tổng cục Thống kê for the
 * General Statistics Office), but a name such as Reuters stays as it is, so
 * a publication is never counted as missing.
 */
import { z } from 'zod';
import type {
  Dispute,
  Outcome,
  RandomEvent,
  Scenario,
  ScheduledEvent,
  Source,
} from '../engine/scenario';

export const TEXTS_FORMAT = 1;

export const textOverlaySchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(TEXTS_FORMAT),
  /** The id of the scenario these texts translate. */
  scenario: z.string().min(1),
  /** A BCP 47 language tag, e.g. "vi". */
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as "vi"'),
  texts: z.record(z.string(), z.string().min(1, 'a non-empty text')),
});

export type TextOverlay = z.infer<typeof textOverlaySchema>;

type Rewrite = (key: string, text: string) => string;
const asIs: Rewrite = (_key, text) => text;

/**
 * Rewrites every text of a scenario through `f(key, text)`, and every
 * publication's name through `name`; returns a new scenario.
 */
function mapTexts(s: Scenario, f: Rewrite, name: Rewrite = asIs): Scenario {
  const opt = (key: string, text: string | undefined) =>
    text === undefined ? undefined : f(key, text);
  const outcome = (key: string, o: Outcome): Outcome => ({
    ...o,
    ...(o.news === undefined ? {} : { news: f(`${key}.news`, o.news) }),
    ...(o.risks === undefined
      ? {}
      : { risks: o.risks.map((r) => ({ ...r, text: f(`${key}.risks.${r.id}.text`, r.text) })) }),
  });
  const sources = (key: string, list: readonly Source[]) =>
    list.map((src, i) => {
      const title = opt(`${key}.sources.${i}.title`, src.title);
      const note = opt(`${key}.sources.${i}.note`, src.note);
      return {
        ...src,
        publication: name(`${key}.sources.${i}.publication`, src.publication),
        ...(title === undefined ? {} : { title }),
        ...(note === undefined ? {} : { note }),
      };
    });
  const disputes = (key: string, list: readonly Dispute[]) =>
    list.map((d, i) => ({
      question: f(`${key}.disputes.${i}.question`, d.question),
      views: d.views.map((v, j) => ({
        view: f(`${key}.disputes.${i}.views.${j}.view`, v.view),
        heldBy: f(`${key}.disputes.${i}.views.${j}.heldBy`, v.heldBy),
      })),
    }));
  const event = <E extends ScheduledEvent | RandomEvent>(e: E): E => {
    const key = `events.${e.id}`;
    return {
      ...e,
      title: f(`${key}.title`, e.title),
      text: f(`${key}.text`, e.text),
      ...(e.place ? { place: { ...e.place, name: f(`${key}.place.name`, e.place.name) } } : {}),
      ...(e.effects ? { effects: outcome(`${key}.effects`, e.effects) } : {}),
      ...(e.choices
        ? {
            choices: e.choices.map((c) => {
              const ck = `${key}.choices.${c.id}`;
              const text = opt(`${ck}.text`, c.text);
              return {
                ...c,
                label: f(`${ck}.label`, c.label),
                ...(text === undefined ? {} : { text }),
                effects: outcome(`${ck}.effects`, c.effects),
              };
            }),
          }
        : {}),
      ...(e.disputes ? { disputes: disputes(key, e.disputes) } : {}),
      ...(e.sources ? { sources: sources(key, e.sources) } : {}),
      ...('variants' in e && e.variants
        ? {
            variants: e.variants.map((v, i) => {
              const vk = `${key}.variants.${i}`;
              return {
                ...v,
                title: f(`${vk}.title`, v.title),
                text: f(`${vk}.text`, v.text),
                ...(v.place
                  ? { place: { ...v.place, name: f(`${vk}.place.name`, v.place.name) } }
                  : {}),
                ...(v.sources ? { sources: sources(vk, v.sources) } : {}),
              };
            }),
          }
        : {}),
    };
  };
  const powers = Object.fromEntries(
    Object.entries(s.powers).map(([id, p]) => {
      const key = `powers.${id}`;
      return [
        id,
        {
          ...p,
          name: f(`${key}.name`, p.name),
          ...(p.short === undefined ? {} : { short: f(`${key}.short`, p.short) }),
          capital: f(`${key}.capital`, p.capital),
          leader: f(`${key}.leader`, p.leader),
          agenda: f(`${key}.agenda`, p.agenda),
          reactions: p.reactions.map((r) => {
            const rk = `${key}.reactions.${r.id}`;
            return {
              ...r,
              text: f(`${rk}.text`, r.text),
              ...(r.place
                ? { place: { ...r.place, name: f(`${rk}.place.name`, r.place.name) } }
                : {}),
              effects: outcome(`${rk}.effects`, r.effects),
            };
          }),
        },
      ];
    }),
  ) as unknown as Scenario['powers'];
  return {
    ...s,
    title: f('title', s.title),
    summary: f('summary', s.summary),
    calendar: s.calendar.map((t) => ({ ...t, label: f(`calendar.${t.id}.label`, t.label) })),
    powers,
    actions: s.actions.map((a) => {
      const key = `actions.${a.id}`;
      return {
        ...a,
        title: f(`${key}.title`, a.title),
        text: f(`${key}.text`, a.text),
        effects: outcome(`${key}.effects`, a.effects),
      };
    }),
    events: s.events.map(event),
    randomEvents: { ...s.randomEvents, events: s.randomEvents.events.map(event) },
    historicalPath: {
      summary: f('historicalPath.summary', s.historicalPath.summary),
      steps: s.historicalPath.steps.map((st) => {
        const note = opt(`historicalPath.steps.${st.turn}.note`, st.note);
        return { ...st, ...(note === undefined ? {} : { note }) };
      }),
    },
    debrief: { questions: s.debrief.questions.map((q, i) => f(`debrief.questions.${i}`, q)) },
  };
}

/** Every text of a scenario, by key, in the scenario's own language. */
export function scenarioTexts(s: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  mapTexts(s, (key, text) => {
    out.set(key, text);
    return text;
  });
  return out;
}

/** Every publication's name, by key: an overlay may translate them, none has to. */
export function scenarioNames(s: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  mapTexts(s, asIs, (key, text) => {
    out.set(key, text);
    return text;
  });
  return out;
}

export interface TextProblem {
  readonly path: string;
  readonly message: string;
}

export type Localized =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Keys of the scenario that the overlay leaves in the original language. */
      readonly missing: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly TextProblem[] };

/**
 * Lays an overlay's texts over a scenario. Unknown keys are refused (a typo
 * would otherwise leave a text untranslated without a word); missing keys
 * stay in the original language and are listed.
 */
export function localize(s: Scenario, data: unknown): Localized {
  const parsed = textOverlaySchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  const overlay = parsed.data;
  if (overlay.scenario !== s.id)
    return {
      ok: false,
      problems: [
        { path: 'scenario', message: `translates scenario "${overlay.scenario}", not "${s.id}"` },
      ],
    };
  const known = scenarioTexts(s);
  const names = scenarioNames(s);
  const problems = Object.keys(overlay.texts)
    .filter((key) => !known.has(key) && !names.has(key))
    .map((key) => ({ path: `texts.${key}`, message: `no such text in scenario "${s.id}"` }));
  if (problems.length > 0) return { ok: false, problems };
  const missing = [...known.keys()].filter((key) => !Object.hasOwn(overlay.texts, key));
  return {
    ok: true,
    scenario: mapTexts(
      s,
      (key, text) => overlay.texts[key] ?? text,
      (key, text) => overlay.texts[key] ?? text,
    ),
    missing,
  };
}
