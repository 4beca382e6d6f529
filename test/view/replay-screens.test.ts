import { describe, expect, it } from 'vitest';
import {
  applyClassFilter,
  readClassFilter,
  summarizeClass,
  verifyReplayFile,
} from '../../src/classroom';
import { runReplay } from '../../src/engine';
import { newClassCode, scenarioTag } from '../../src/share';
import { classTable } from '../../src/view/class-table';
import { compareEndings, isBranchOf } from '../../src/view/compare';
import {
  monthStarts,
  nextMonth,
  previousMonth,
  startOfMonth,
  type ViewerStep,
  viewerFrame,
} from '../../src/view/replay-viewer';
import { file, lookup, mini, replayBy, studentReplay } from '../classroom/replays';

function stepsOf(policy: string, seed: string): ViewerStep[] {
  const result = runReplay(mini, replayBy(policy, seed), true);
  if (!result.ok || !result.steps) throw new Error('replay failed');
  return [...result.steps];
}

const steps = stepsOf('random', 'viewer');
const last = steps.length - 1;

describe('replay viewer model', () => {
  it('moves month by month: next goes to the next opening, previous to this one then the one before', () => {
    const starts = monthStarts(steps);
    expect(starts[0]).toBe(0);
    expect(starts.length).toBe(mini.scenario.calendar.length);
    const second = starts[1] as number;
    expect(nextMonth(steps, 0)).toBe(second);
    expect(nextMonth(steps, second)).toBe(starts[2]);
    expect(previousMonth(steps, second)).toBe(0);
    expect(previousMonth(steps, second + 1)).toBe(second);
    expect(previousMonth(steps, 0)).toBe(0);
    expect(nextMonth(steps, last)).toBe(last);
    expect(startOfMonth(steps, 1)).toBe(second);
    expect(startOfMonth(steps, 99)).toBeNull();
  });

  it('shows the opening without changes, and each decision with its changes and causes', () => {
    const opening = viewerFrame(mini, steps, 0);
    expect(opening).toMatchObject({ index: 0, total: last, turn: 0, decision: null, changes: [] });
    expect(opening.month[0]).toEqual({ index: 0, label: 'Start of Month 1', kind: 'start' });
    expect(opening.gauges.every((g) => g.delta === 0)).toBe(true);

    const endOfFirst = monthStarts(steps)[1] as number;
    const frame = viewerFrame(mini, steps, endOfFirst);
    expect(frame.turn).toBe(1);
    expect(frame.decision?.label).toBe('End of Month 1: the powers react');
    expect(frame.changes.length).toBeGreaterThan(0);
    for (const c of frame.changes) expect(c.causes.length).toBeGreaterThan(0);
    const sizes = frame.changes.map((c) => Math.abs(c.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The month list opens with this month and holds only its own decisions.
    expect(frame.month[0]).toMatchObject({ index: endOfFirst, kind: 'start' });
    for (const d of frame.month.slice(1)) expect(steps[d.index]?.explanation.turn).toBe(1);
  });

  it('clamps positions and refuses to branch from a finished game', () => {
    expect(viewerFrame(mini, steps, -5).index).toBe(0);
    const end = viewerFrame(mini, steps, 10_000);
    expect(end.index).toBe(last);
    expect(end.over).toBe(true);
    expect(end.canPlayOn).toBe(false);
    expect(end.outcome).not.toBeNull();
    expect(viewerFrame(mini, steps, 0).canPlayOn).toBe(true);
  });
});

describe('comparison of two endings', () => {
  const a = stepsOf('random', 'cmp');
  const b = stepsOf('passive', 'cmp');
  it('puts both sides next to each other with the branch minus the original', () => {
    const sa = a.at(-1)?.state;
    const sb = b.at(-1)?.state;
    if (!sa || !sb) throw new Error('no state');
    const c = compareEndings(mini, sa, sb, 0, 0);
    expect(c.branchedIn).toBe('Month 1');
    expect(c.scoreDelta).toBeCloseTo(c.branch.score - c.original.score, 5);
    expect(c.rows.length).toBe(9 + 3);
    const rel = c.rows[0];
    expect(rel?.name).toBe('Relations with Beijing');
    expect(rel?.delta).toBeCloseTo(
      (sb.ind['relations.cn'] as number) - (sa.ind['relations.cn'] as number),
      1,
    );
  });

  it('knows a branch by its shared decisions', () => {
    const orig = { scenario: 'mini', seed: 's', actions: replayBy('random', 's').actions };
    const branch = {
      ...orig,
      actions: [...orig.actions.slice(0, 3), { type: 'end-turn' as const }],
    };
    expect(isBranchOf(orig, branch, 3)).toBe(true);
    expect(isBranchOf(orig, branch, 4)).toBe(orig.actions[3]?.type === 'end-turn');
    expect(isBranchOf(orig, { ...branch, seed: 't' }, 3)).toBe(false);
    expect(isBranchOf(orig, { ...branch, actions: [] }, 3)).toBe(false);
  });
});

describe('class table and class filter', () => {
  const code = newClassCode('mini', (bytes) => bytes.fill(7));
  const verdicts = [
    verifyReplayFile(file('a.json', studentReplay(code, '<img src=x onerror=alert(1)>')), lookup),
    verifyReplayFile(file('b.json', studentReplay(code, 'Lan')), lookup),
    verifyReplayFile(file('c.json', studentReplay('other', 'lan ')), lookup),
    verifyReplayFile(file('d.json', 'nope'), lookup),
  ];

  it('writes names literally, ranks by score and lists refusals with reasons', () => {
    const table = classTable(summarizeClass(verdicts), () => ['M1', 'M2', 'M3', 'M4']);
    expect(table.rows.map((r) => r.name)).toContain('<img src=x onerror=alert(1)>');
    const scores = table.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(table.invalid).toEqual([
      expect.objectContaining({ file: 'd.json', code: 'not-json', name: 'd.json' }),
    ]);
    expect(table.duplicates).toEqual(['Lan: b.json, c.json']);
    expect(table.rows.find((r) => r.file === 'b.json')?.duplicate).toBe(true);
  });

  it("names a rupture's power by its capital, never by its id", () => {
    const results = summarizeClass(verdicts);
    const ruptured = {
      ...results,
      rows: results.rows.map((r) => ({ ...r, outcome: 'rupture-cn' as const })),
    };
    const powers = { cn: { name: 'China', capital: 'Beijing' } };
    const named = classTable(
      ruptured,
      () => [],
      () => powers,
    ).rows[0];
    expect(named?.outcome).toBe('Rupture with Beijing');
  });

  it('a typed class code keeps only that class; a mistyped one says why', () => {
    expect(readClassFilter('  ')).toEqual({ kind: 'none' });
    expect(readClassFilter('7KQ')).toMatchObject({ kind: 'error' });
    const filter = readClassFilter(code.toLowerCase().replace('-', ' '));
    expect(filter).toEqual({ kind: 'code', code });
    const kept = applyClassFilter(verdicts, filter);
    expect(kept.map((v) => [v.file, v.status === 'valid' ? 'valid' : v.code])).toEqual([
      ['a.json', 'valid'],
      ['b.json', 'valid'],
      ['c.json', 'wrong-seed'],
      ['d.json', 'not-json'],
    ]);
    expect(applyClassFilter(verdicts, { kind: 'none' })).toEqual(verdicts);
    expect(scenarioTag('mini')).toBe(code[0]);
  });
});
