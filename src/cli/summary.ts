/** The readable and the JSON summary of a finished (or stopped) game. */
import { type CompiledScenario, type GameState, INDICATOR_KEYS, score, stateHash } from '../engine';

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
  const turn = cs.scenario.calendar[s.turns - 1];
  const lines = [
    `${cs.scenario.title} (${s.scenario}, content ${s.scenarioHash})`,
    `seed "${s.seed}"${s.policy ? `, policy ${s.policy}` : ''}${s.player ? `, player ${s.player}` : ''}`,
    `${s.over ? 'ended' : 'stopped'} in ${turn?.label ?? `turn ${s.turns}`} after ${s.decisions} decisions: ${s.outcome ?? 'not over'}${s.collapse ? ' (collapse)' : ''}`,
    `bamboo score ${s.score}`,
    `tiers: China ${s.tiers.cn}, United States ${s.tiers.us}, Japan ${s.tiers.jp}`,
  ];
  const groups = new Map<string, string[]>();
  for (const key of INDICATOR_KEYS) {
    const [group] = key.split('.');
    const name = key.slice((group?.length ?? 0) + 1);
    const list = groups.get(group ?? '') ?? [];
    list.push(`${name} ${s.indicators[key]}`);
    groups.set(group ?? '', list);
  }
  for (const [group, items] of groups) lines.push(`  ${group.padEnd(10)} ${items.join(', ')}`);
  lines.push(`state hash ${s.stateHash}`);
  return lines.join('\n');
}
