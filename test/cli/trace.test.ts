/** `sim` lists its decisions; `sim --trace` tells the game turn by turn for authors tuning numbers. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { traceGame } from '../../src/cli/trace';
import { POLICIES, playGame } from '../../src/engine';
import { fixturePath, loadFixture } from '../helpers';
import { captureConsole } from './capture-console';

const { out } = captureConsole();
const HD981 = fixturePath('hd981-2014.json');

describe('sim --trace', () => {
  it('lists the decisions and a per-turn table with cards played and skipped and why', () => {
    expect(run(['sim', '--scenario', HD981, '--policy', 'historical', '--trace'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('decisions (15):');
    expect(text).toMatch(/ {3}1\. 1–14 May 2014 +answer rig-arrives → go-public/);
    expect(text).toMatch(/^turn +rel\.cn +rel\.us +rel\.jp +sus\.cn/m);
    expect(
      text.match(
        /^(1–14 May|15–28 May|29 May|12–25 June|26 June|10–23 July|24 July)[^\n]* +\d+ +\d+/gm,
      ),
    ).toHaveLength(7);
    const june = text.slice(text.indexOf('\n12–25 June 2014\n'));
    expect(june).toMatch(/^ {2}played +tokyo-call$/m);
    expect(text).toContain('skipped    tokyo-call: Already used: only once a game');
    expect(text).toMatch(/^ {2}events +rig-arrives, riots$/m);
    expect(text).toMatch(/^ {2}reactions +cn\/water-cannon$/m);
  });

  it("puts each turn's news in that turn, and follows the game to its end", () => {
    const cs = loadFixture('hd981-2014.json');
    const game = playGame(cs, 'rig', POLICIES.historical!);
    const turns = traceGame(cs, 'rig', game.actions);
    expect(turns.map((t) => t.turn)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(turns.flatMap((t) => t.events)).toEqual([
      'rig-arrives',
      'riots',
      'boat-sunk',
      'rig-leaves',
    ]);
    expect(turns[5]?.events).toEqual(['rig-leaves']);
    expect(turns.at(-1)?.indicators['relations.cn']).toBe(game.state.ind['relations.cn']);
    expect(turns.flatMap((t) => t.played)).toEqual(
      game.actions.flatMap((a) => (a.type === 'play' ? [a.action] : [])),
    );
  });
});
