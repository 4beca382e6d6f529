/** The readable and the JSON summary of a finished (or stopped) game. */
import { type CompiledScenario, type GameState, score, stateHash, type TierId } from '../engine';
import { DEFAULT_LOCALE, locale, TEXT } from '../i18n';
import { calendarLabel } from '../i18n/turn-label';
import { outcomeLabel, powerName } from '../view/labels';

export interface GameSummary {
  scenario: string;
  scenarioHash: string;
  seed: string;
  policy: string | null;
  player?: string;
  turns: number;
  decisions: number;
  over: boolean;
  outcome: string | null;
  collapse: boolean;
  score: number;
  stateHash: string;
  tiers: GameState['tiers'];
  indicators: GameState['ind'];
}

export function summarize(
  cs: CompiledScenario,
  state: GameState,
  policy: string | null,
  player?: string,
): GameSummary {
  return {
    scenario: cs.scenario.id,
    scenarioHash: cs.hash,
    seed: state.seed,
    policy,
    ...(player !== undefined ? { player } : {}),
    turns: state.turn + 1,
    decisions: state.step,
    over: state.phase === 'over',
    outcome: state.ending?.outcome ?? null,
    collapse: state.ending?.collapse ?? false,
    score: score(cs, state).total,
    stateHash: stateHash(state),
    tiers: state.tiers,
    indicators: state.ind,
  };
}

export function formatSummary(cs: CompiledScenario, s: GameSummary): string {
  const S = TEXT.cli.summary;
  const turn = cs.scenario.calendar[s.turns - 1];
  const when = turn ? calendarLabel(turn) : S.turn(s.turns);
  // English keeps the ids scripts may read; another language names them in its own words.
  const english = locale() === DEFAULT_LOCALE;
  const powers = cs.scenario.powers;
  const named = s.outcome && !english ? outcomeLabel(powers, s.outcome).name : undefined;
  const tier = (id: string) => (english ? id : (TEXT.labels.tiers[id as TierId] ?? id));
  const outcome = `${named ?? s.outcome ?? S.notOver}${s.collapse ? S.collapse : ''}`;
  const lines = [
    S.scenario(cs.scenario.title, s.scenario, s.scenarioHash),
    `${S.seed(s.seed)}${s.policy ? S.policy(s.policy) : ''}${s.player ? S.player(s.player) : ''}`,
    s.over ? S.ended(when, s.decisions, outcome) : S.stopped(when, s.decisions, outcome),
    S.score(s.score),
    S.tiers(
      cs.tables.vocab.powers
        .map((p) => `${powerName(powers, p)} ${tier(s.tiers[p] ?? '')}`)
        .join(', '),
    ),
  ];
  const groups = new Map<string, string[]>();
  for (const key of cs.tables.vocab.keys) {
    const [group] = key.split('.');
    const name = key.slice((group?.length ?? 0) + 1);
    const list = groups.get(group ?? '') ?? [];
    list.push(`${name} ${s.indicators[key]}`);
    groups.set(group ?? '', list);
  }
  for (const [group, items] of groups) lines.push(`  ${group.padEnd(10)} ${items.join(', ')}`);
  lines.push(S.stateHash(s.stateHash));
  return lines.join('\n');
}
