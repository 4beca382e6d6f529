/**
 * The fuzz run: mutated scenarios (each one the gate accepts is played to
 * its end by every bot, every state checked), mutated replays and mutated
 * saves, all through the same gates and commands players and teachers use.
 * Counts crashes (an exception escaping a gate or play), stack traces (in
 * anything a command prints) and wrong accepts (a scenario the gate accepted
 * that does not play cleanly; a replay or save accepted whose replay does
 * not give the state it records).
 *
 *   npx tsx scripts/fuzz/run.ts [--scenarios 10000] [--replays 2000] [--saves 2000] [--seed fuzz]
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyReplayFile } from '../../src/classroom';
import { soakGame } from '../../src/cli/commands/soak';
import { run } from '../../src/cli/program';
import { scenarioFiles } from '../../src/cli/scenarios';
import {
  type CompiledScenario,
  POLICIES,
  type Policy,
  playGame,
  type Replay,
  replayOf,
  runReplay,
  stateHash,
} from '../../src/engine';
import { RngCursor, seedRng } from '../../src/engine/rng';
import { loadScenarioText } from '../../src/scenario/load';
import { createGameStore, listSetAside, memoryStorage, SAVE_KEY } from '../../src/store';
import { drawMutation, indexOf, mutateInPlace } from './mutate';

const { values } = parseArgs({
  options: {
    scenarios: { type: 'string', default: '10000' },
    replays: { type: 'string', default: '2000' },
    saves: { type: 'string', default: '2000' },
    seed: { type: 'string', default: 'fuzz' },
  },
});
const rng = new RngCursor(seedRng(values.seed as string));
const next = () => rng.next();
const dir = mkdtempSync(join(tmpdir(), 'bamboo-fuzz-'));
const STACK = /\n\s+at |RangeError|TypeError|unexpected failure/;

/** Runs a command in-process and returns its exit code and everything it printed. */
function command(args: string[]): { code: number; printed: string } {
  const lines: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void lines.push(a.join(' '));
  console.error = (...a: unknown[]) => void lines.push(a.join(' '));
  try {
    return { code: run(args), printed: lines.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

const shipped = scenarioFiles().map((file) => {
  const text = readFileSync(file, 'utf8');
  const loaded = loadScenarioText(text, file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const data = JSON.parse(text) as unknown;
  return { file, data, index: indexOf(data), compiled: loaded.compiled };
});
const find = (id: string): CompiledScenario | undefined =>
  shipped.find((s) => s.compiled.scenario.id === id)?.compiled;

const counts = {
  scenarios: { tried: 0, accepted: 0, gamesPlayed: 0, crashes: 0, stackTraces: 0, wrongAccepts: 0 },
  replays: { tried: 0, accepted: 0, crashes: 0, stackTraces: 0, wrongAccepts: 0 },
  saves: { tried: 0, accepted: 0, crashes: 0, wrongAccepts: 0 },
};
const examples: string[] = [];
const note = (what: string) => {
  if (examples.length < 20) examples.push(what);
};
const mutations = () =>
  Array.from({ length: 1 + Math.floor(next() * 3) }, () => drawMutation(next));
const started = performance.now();
const policies = Object.values(POLICIES);

// Scenarios: the file through `check`, then every bot on what it accepts.
const scenarioCount = Number(values.scenarios);
for (let i = 0; i < scenarioCount; i++) {
  // The long scenario is the slowest to play: one mutant in five is drawn from it.
  const base =
    shipped[i % 5 === 0 ? 0 : 1 + (i % (shipped.length - 1))] ??
    (shipped[0] as (typeof shipped)[number]);
  const ms = mutations();
  const data = structuredClone(base.data);
  for (const m of ms) mutateInPlace(data, m, base.index);
  const text = JSON.stringify(data);
  const path = join(dir, 'mutant.json');
  writeFileSync(path, text);
  counts.scenarios.tried++;
  const checked = command(['check', path]);
  if (STACK.test(checked.printed)) {
    counts.scenarios.stackTraces++;
    note(`check printed a stack: ${JSON.stringify(ms)}`);
  }
  let loaded: ReturnType<typeof loadScenarioText>;
  try {
    // The command refused it: the gate itself is asked again only one time in ten.
    if (checked.code !== 0 && i % 10 !== 0) continue;
    loaded = loadScenarioText(text, 'mutant.json');
  } catch (err) {
    counts.scenarios.crashes++;
    note(`gate threw ${String(err)}: ${JSON.stringify(ms)}`);
    continue;
  }
  if ((checked.code === 0) !== loaded.ok)
    note(`check and the gate disagree: ${JSON.stringify(ms)}`);
  if (!loaded.ok) continue;
  counts.scenarios.accepted++;
  for (const policy of policies) {
    counts.scenarios.gamesPlayed++;
    try {
      const { problem } = soakGame(loaded.compiled, `fuzz-${i}`, policy);
      if (problem) {
        counts.scenarios.wrongAccepts++;
        note(`${policy.name} on ${base.compiled.scenario.id}: ${problem}: ${JSON.stringify(ms)}`);
      }
    } catch (err) {
      counts.scenarios.crashes++;
      note(`${policy.name} threw ${String(err)}: ${JSON.stringify(ms)}`);
    }
  }
  if (i % 500 === 499) {
    process.stderr.write(
      `scenarios ${i + 1}/${scenarioCount} (${Math.round((performance.now() - started) / 1000)} s)\n`,
    );
  }
}

// Replays: bot games on the shipped scenarios, mutated, through `replay` and the class check.
const games: Replay[] = shipped.flatMap((s) =>
  ['random', 'bamboo', 'historical'].map((p) =>
    replayOf(s.compiled, `r-${p}`, playGame(s.compiled, `r-${p}`, POLICIES[p] as Policy), p),
  ),
);
const replayCount = Number(values.replays);
for (let i = 0; i < replayCount; i++) {
  const original = games[i % games.length] as Replay;
  const ms = mutations();
  const data = structuredClone(original) as unknown;
  const replayIndex = indexOf(data);
  for (const m of ms) mutateInPlace(data, m, replayIndex);
  const text = JSON.stringify(data);
  const path = join(dir, 'replay.json');
  writeFileSync(path, text);
  counts.replays.tried++;
  // `verify` also plays the seven bots on each new seed (a second): one replay in twenty goes through it.
  const commands =
    i % 20 === 0
      ? [
          ['replay', path],
          ['verify', path],
        ]
      : [['replay', path]];
  for (const args of commands) {
    const out = command(args);
    if (STACK.test(out.printed)) {
      counts.replays.stackTraces++;
      note(`${args[0]} printed a stack: ${JSON.stringify(ms)}`);
    }
  }
  try {
    const v = verifyReplayFile({ name: 'replay.json', text }, find, {}, { bots: false });
    if (v.status === 'valid') {
      counts.replays.accepted++;
      const r = data as Replay;
      const cs = find(r.scenario.id);
      const again = cs ? runReplay(cs, r) : null;
      const claimed = r.final?.stateHash;
      if (!again?.ok || (claimed !== undefined && stateHash(again.state) !== claimed)) {
        counts.replays.wrongAccepts++;
        note(`replay accepted but does not replay: ${JSON.stringify(ms)}`);
      }
    }
  } catch (err) {
    counts.replays.crashes++;
    note(`replay gate threw ${String(err)}: ${JSON.stringify(ms)}`);
  }
}

// Saves: a real store's autosave, mutated in storage, then resumed.
const saveCount = Number(values.saves);
const save = (() => {
  const storage = memoryStorage();
  const store = createGameStore(storage);
  const cs = (shipped[1] as (typeof shipped)[number]).compiled;
  const game = playGame(cs, 'save-seed', POLICIES.random as Policy);
  store.getState().startFrom(cs, 'save-seed', game.actions.slice(0, 10), 'Lan');
  return JSON.parse(storage.getItem(SAVE_KEY) ?? '{}') as unknown;
})();
const saveIndex = indexOf(save);
for (let i = 0; i < saveCount; i++) {
  const ms = mutations();
  const data = structuredClone(save);
  for (const m of ms) mutateInPlace(data, m, saveIndex);
  const storage = memoryStorage();
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  storage.setItem(SAVE_KEY, text);
  counts.saves.tried++;
  try {
    const store = createGameStore(storage);
    const result = store.getState().resume(find);
    if (result === 'resumed') {
      counts.saves.accepted++;
      // What was resumed must be exactly the stored decisions, replayed.
      const replay = store.getState().replay();
      const stored = data as { actions?: unknown };
      if (!replay || JSON.stringify(replay.actions) !== JSON.stringify(stored.actions)) {
        counts.saves.wrongAccepts++;
        note(`save resumed to other decisions: ${JSON.stringify(ms)}`);
      }
    } else if (result === 'unreadable') {
      // Never lost: the text must still be somewhere in storage.
      const kept = Array.from({ length: storage.length }, (_, k) => storage.key(k))
        .map((k) => (k ? storage.getItem(k) : null))
        .includes(text);
      if (!kept) {
        counts.saves.wrongAccepts++;
        note(`an unreadable save was lost: ${JSON.stringify(ms)}`);
      }
      // And the title screen's list of saves set aside shows it (when it could be moved aside).
      const listed = listSetAside(storage, find);
      if (
        !listed.ok ||
        (storage.getItem(SAVE_KEY) === null && !listed.saves.some((e) => e.text === text))
      ) {
        counts.saves.wrongAccepts++;
        note(`a save set aside is not listed: ${JSON.stringify(ms)}`);
      }
    }
  } catch (err) {
    counts.saves.crashes++;
    note(`save load threw ${String(err)}: ${JSON.stringify(ms)}`);
  }
}

const seconds = Math.round((performance.now() - started) / 1000);
console.log(JSON.stringify({ seed: values.seed, seconds, ...counts }, null, 1));
for (const e of examples) console.log(`  ${e.slice(0, 400)}`);
const bad =
  counts.scenarios.crashes +
  counts.scenarios.stackTraces +
  counts.scenarios.wrongAccepts +
  counts.replays.crashes +
  counts.replays.stackTraces +
  counts.replays.wrongAccepts +
  counts.saves.crashes +
  counts.saves.wrongAccepts;
process.exitCode = bad > 0 ? 1 : 0;
