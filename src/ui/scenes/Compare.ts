import Phaser from 'phaser';
import type { GameAction } from '../../engine';
import { formatDecimal } from '../../i18n';
import { type Comparison, compareEndings, type EndingSide, isBranchOf } from '../../view/compare';
import { app } from '../app';
import { TONE_COLOR } from '../game/colors';
import { type CompareReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { pendingComparison } from '../replay/viewed';
import { CONTENT, drawFrame, FOOTER_Y } from '../screens/frame';
import { goTo } from '../screens/navigate';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button } from '../widgets';

const S = STRINGS.replays.compare;
const CARD_H = 150;
const ROW_H = 25;

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '±0';
}

/**
 * A replay and the game branched from it, ending beside ending: same scenario,
 * same dice, different decisions after the branch point.
 */
export class Compare extends Phaser.Scene {
  private from = 'ReplayViewer';

  constructor() {
    super('Compare');
  }

  init(data: { from?: string }): void {
    this.from = data.from ?? 'ReplayViewer';
  }

  create(): void {
    const frame = drawFrame(this, S.title, () => this.back());
    const toViewer = new Button(
      this,
      CONTENT.x,
      FOOTER_Y - 4,
      S.toViewer,
      () => this.scene.start('ReplayViewer', { show: 'held' }),
      { variant: 'secondary', hotkey: 'V' },
      frame.focus,
    );
    const toGame = new Button(
      this,
      toViewer.container.x + toViewer.width + 10,
      FOOTER_Y - 4,
      S.toGame,
      () => this.scene.start('Game'),
      { variant: 'secondary', hotkey: 'G' },
      frame.focus,
    );
    const unbind = frame.focus.bindKeys({
      v: () => toViewer.activate(),
      g: () => toGame.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      this.registry.remove(REPLAY_SCREENS.compare);
    });
    const comparison = this.comparison();
    if (typeof comparison === 'string') {
      this.add.text(CONTENT.x, CONTENT.y - 30, comparison, {
        ...textStyle(18),
        wordWrap: { width: 760, useAdvancedWrap: true },
      });
      this.registry.set(REPLAY_SCREENS.compare, null);
      return;
    }
    this.draw(comparison);
    this.registry.set(REPLAY_SCREENS.compare, {
      shared: comparison.shared,
      original: { score: comparison.original.score, outcome: comparison.original.outcome },
      branch: { score: comparison.branch.score, outcome: comparison.branch.outcome },
      scoreDelta: comparison.scoreDelta,
      rows: comparison.rows.length,
    } satisfies CompareReport);
  }

  private back(): void {
    if (!goTo(this, this.from, this.from === 'ReplayViewer' ? { show: 'held' } : undefined))
      this.scene.start('Title');
  }

  /** The two endings, or why there is nothing to compare. */
  private comparison(): Comparison | string {
    const pending = pendingComparison();
    if (!pending) return S.none;
    const { compiled, steps } = app().store.getState();
    const first = steps[0];
    const last = steps.at(-1);
    const original = pending.original;
    const originalEnd = original.steps.at(-1);
    if (!compiled || !first || !last || !originalEnd) return S.none;
    const branch = {
      scenario: compiled.scenario.id,
      seed: first.state.seed,
      actions: steps.slice(1).map((s) => s.action as GameAction),
    };
    const source = {
      scenario: original.compiled.scenario.id,
      seed: original.replay.seed,
      actions: original.replay.actions,
    };
    if (!isBranchOf(source, branch, pending.shared)) return S.stale;
    return compareEndings(
      original.compiled,
      originalEnd.state,
      last.state,
      pending.shared,
      pending.branchedIn,
    );
  }

  private draw(c: Comparison): void {
    this.add.text(CONTENT.x, 92, S.intro(c.branchedIn, c.shared), {
      ...textStyle(15, { color: PALETTE.inkSoft }),
      wordWrap: { width: CONTENT.width, useAdvancedWrap: true },
    });
    const gap = 30;
    const cardW = (CONTENT.width - gap) / 2;
    const top = 128;
    this.card(CONTENT.x, top, cardW, S.original, c.original, false);
    this.card(CONTENT.x + cardW + gap, top, cardW, S.branch, c.branch, true);
    const delta = this.add
      .text(
        CONTENT.x + CONTENT.width / 2,
        top + CARD_H + 16,
        S.scoreDelta(signed(c.scoreDelta)),
        textStyle(16, {
          weight: 700,
          color:
            c.scoreDelta > 0 ? TONE_COLOR.good : c.scoreDelta < 0 ? TONE_COLOR.bad : PALETTE.ink,
        }),
      )
      .setOrigin(0.5, 0);
    this.table(c, delta.y + delta.height + 12);
  }

  private card(
    x: number,
    y: number,
    width: number,
    heading: string,
    side: EndingSide,
    branch: boolean,
  ): void {
    const g = this.add.graphics();
    g.fillStyle(branch ? PALETTE.paperDeep : 0xfbf7ec).fillRoundedRect(x, y, width, CARD_H, 8);
    // Told apart by the frame's weight and by their headings, not only by colour.
    g.lineStyle(branch ? 3 : 1.5, branch ? PALETTE.bambooDark : PALETTE.border);
    g.strokeRoundedRect(x, y, width, CARD_H, 8);
    const textW = width - 190;
    this.add.text(x + 18, y + 12, heading, textStyle(15, { weight: 700, color: PALETTE.inkSoft }));
    const name = this.add.text(x + 18, y + 36, side.outcome ?? S.unfinished, {
      ...textStyle(22, { weight: 700, color: side.collapse ? TONE_COLOR.bad : PALETTE.bambooDark }),
      wordWrap: { width: textW, useAdvancedWrap: true },
    });
    this.add.text(x + 18, name.y + name.height + 4, side.outcomeHelp ?? S.unfinishedHelp, {
      ...textStyle(13),
      wordWrap: { width: textW, useAdvancedWrap: true },
      maxLines: 2,
    });
    this.add.text(
      x + 18,
      y + CARD_H - 26,
      S.ended(side.turnLabel, side.decisions),
      textStyle(13, { color: PALETTE.inkSoft }),
    );
    this.add
      .text(x + width - 18, y + 14, S.score, textStyle(14, { weight: 700, color: PALETTE.inkSoft }))
      .setOrigin(1, 0);
    this.add
      .text(x + width - 18, y + 36, formatDecimal(side.score), textStyle(44, { weight: 700 }))
      .setOrigin(1, 0);
  }

  private table(c: Comparison, top: number): void {
    const cols = [CONTENT.x, CONTENT.x + 420, CONTENT.x + 720, CONTENT.x + 1100];
    const g = this.add.graphics();
    S.columns.forEach((label, i) => {
      const x = cols[i] as number;
      this.add
        .text(
          i === 0 ? x : i === 3 ? x : x + 130,
          top,
          label,
          textStyle(14, { weight: 700, color: PALETTE.inkSoft }),
        )
        .setOrigin(i === 0 ? 0 : 1, 0);
    });
    g.lineStyle(1.5, PALETTE.ink).lineBetween(
      CONTENT.x,
      top + 22,
      CONTENT.x + CONTENT.width,
      top + 22,
    );
    c.rows.forEach((row, i) => {
      const y = top + 28 + i * ROW_H;
      if (i % 2 === 0)
        g.fillStyle(0xfbf7ec, 1).fillRect(CONTENT.x - 6, y - 3, CONTENT.width + 12, ROW_H);
      this.add.text(cols[0] as number, y, row.name, textStyle(14));
      this.add.text((cols[1] as number) + 130, y, row.original, textStyle(14)).setOrigin(1, 0);
      this.add
        .text((cols[2] as number) + 130, y, row.branch, textStyle(14, { weight: 700 }))
        .setOrigin(1, 0);
      const word = row.tone === 'good' ? S.better : row.tone === 'bad' ? S.worse : S.same;
      const arrow = row.tone === 'good' ? '▲' : row.tone === 'bad' ? '▼' : '=';
      const text = row.delta !== 0 ? `${arrow} ${signed(row.delta)}  ${word}` : `${arrow} ${word}`;
      this.add
        .text(
          cols[3] as number,
          y,
          text,
          textStyle(14, { weight: 700, color: TONE_COLOR[row.tone] }),
        )
        .setOrigin(1, 0);
    });
  }
}
