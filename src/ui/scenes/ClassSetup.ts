import Phaser from 'phaser';
import type { CompiledScenario } from '../../engine';
import { classLink, newClassCode } from '../../share';
import { app } from '../app';
import { type ClassSetupReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { copyText, gameBase, linkLang } from '../replay/share';
import { DEFAULT_SCENARIO } from '../scenario-catalog';
import { announce } from '../screens/announce';
import { CONTENT, drawFrame, FOOTER_Y } from '../screens/frame';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager } from '../widgets';

const S = STRINGS.classroom.setup;
const LEFT_W = 400;
const RIGHT_X = CONTENT.x + LEFT_W + 50;
const RIGHT_W = CONTENT.x + CONTENT.width - RIGHT_X;

/**
 * The teacher's class code: a scenario and a fresh seed in one short code
 * (the code is the seed), and the link that opens it, both large enough to
 * copy from a projector.
 */
export class ClassSetup extends Phaser.Scene {
  private focus!: FocusManager;
  private selected: CompiledScenario | null = null;
  private code = '';
  private codeText?: Phaser.GameObjects.Text;
  private linkText?: Phaser.GameObjects.Text;
  private status?: Phaser.GameObjects.Text;
  private summary?: Phaser.GameObjects.Text;
  private rows: { button: Button; compiled: CompiledScenario }[] = [];

  constructor() {
    super('ClassSetup');
  }

  create(): void {
    this.rows = [];
    const frame = drawFrame(this, S.title, () => this.scene.start('Title'));
    this.focus = frame.focus;
    this.add.text(CONTENT.x, 96, S.intro, {
      ...textStyle(16),
      wordWrap: { width: CONTENT.width, useAdvancedWrap: true },
      lineSpacing: 3,
    });
    const playable = app()
      .catalog.map((e) => e.compiled)
      .filter((c): c is CompiledScenario => c !== null);
    this.selected = playable.find((c) => c.scenario.id === DEFAULT_SCENARIO) ?? playable[0] ?? null;
    this.addScenarios(playable);
    this.addCode();
    this.status = this.add
      .text(CONTENT.x + CONTENT.width, FOOTER_Y + 14, '', textStyle(14, { color: PALETTE.inkSoft }))
      .setOrigin(1, 0.5);
    const results = new Button(
      this,
      CONTENT.x,
      FOOTER_Y - 4,
      S.toResults,
      () => this.scene.start('ClassResults', { code: this.code }),
      { variant: 'secondary', hotkey: 'R' },
      this.focus,
    );
    const unbind = this.focus.bindKeys({ r: () => results.activate() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      this.registry.remove(REPLAY_SCREENS.classSetup);
    });
    this.renew();
    const first = this.rows.find((r) => r.compiled === this.selected)?.button;
    if (first) this.focus.focus(first);
  }

  private addScenarios(playable: readonly CompiledScenario[]): void {
    let y = 170;
    this.add.text(
      CONTENT.x,
      y,
      S.scenario,
      textStyle(17, { weight: 700, color: PALETTE.bambooDark }),
    );
    y += 32;
    // Buttons size themselves to one line: long titles get the height their wrapped label needs.
    const measure = this.add
      .text(0, 0, '', {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: LEFT_W - 20, useAdvancedWrap: true },
      })
      .setVisible(false);
    for (const cs of playable) {
      measure.setText(this.rowLabel(cs));
      const button = new Button(
        this,
        CONTENT.x,
        y,
        this.rowLabel(cs),
        () => this.pick(cs),
        {
          variant: 'secondary',
          width: LEFT_W,
          height: Math.max(40, measure.height + 14),
          align: 'left',
          fontSize: 15,
        },
        this.focus,
      );
      this.rows.push({ button, compiled: cs });
      y += button.height + 8;
    }
    measure.destroy();
    this.summary = this.add.text(CONTENT.x, y + 12, '', {
      ...textStyle(14, { color: PALETTE.inkSoft }),
      wordWrap: { width: LEFT_W, useAdvancedWrap: true },
      lineSpacing: 3,
    });
  }

  private rowLabel(cs: CompiledScenario): string {
    const turns = cs.scenario.calendar.length;
    return `${cs === this.selected ? '●' : '○'}  ${cs.scenario.title} · ${STRINGS.title.turns(turns)}`;
  }

  private pick(cs: CompiledScenario): void {
    if (cs === this.selected) return;
    this.selected = cs;
    for (const r of this.rows) r.button.setLabel(this.rowLabel(r.compiled));
    // A code carries its scenario's tag: another scenario needs another code.
    this.renew();
  }

  private addCode(): void {
    let y = 170;
    this.add.text(RIGHT_X, y, S.code, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 30;
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(RIGHT_X, y, RIGHT_W, 108, 10);
    g.lineStyle(2, PALETTE.bambooDark).strokeRoundedRect(RIGHT_X, y, RIGHT_W, 108, 10);
    this.codeText = this.add
      .text(RIGHT_X + 28, y + 54, '', {
        ...textStyle(68, { weight: 700, color: PALETTE.ink }),
        // Wide tracking, so 0 and 8 or M and N are told apart across a classroom.
        letterSpacing: 6,
      })
      .setOrigin(0, 0.5);
    const copyCode = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y + 12,
      S.copyCode,
      () => void this.copy(this.code, S.code),
      { width: 160, hotkey: 'C', fontSize: 15 },
      this.focus,
    );
    const fresh = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y + 60,
      S.fresh,
      () => this.renew(),
      { width: 160, variant: 'secondary', hotkey: 'N', fontSize: 15 },
      this.focus,
    );
    y += 130;
    this.add.text(RIGHT_X, y, S.link, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 30;
    this.linkText = this.add.text(RIGHT_X, y, '', {
      ...textStyle(20, { weight: 700 }),
      wordWrap: { width: RIGHT_W - 190, useAdvancedWrap: true },
    });
    const copyLink = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y - 4,
      S.copyLink,
      () => void this.copy(this.link(), S.link),
      { width: 160, hotkey: 'L', fontSize: 15 },
      this.focus,
    );
    y += 84;
    S.steps.forEach((step, i) => {
      const n = this.add.text(RIGHT_X, y, `${i + 1}.`, textStyle(15, { weight: 700 }));
      const t = this.add.text(RIGHT_X + 26, y, step, {
        ...textStyle(15),
        wordWrap: { width: RIGHT_W - 26, useAdvancedWrap: true },
      });
      y += Math.max(n.height, t.height) + 6;
    });
    const unbind = this.focus.bindKeys({
      c: () => copyCode.activate(),
      n: () => fresh.activate(),
      l: () => copyLink.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  private link(): string {
    return this.selected
      ? classLink(gameBase(), this.selected.scenario.id, this.code, linkLang())
      : '';
  }

  private renew(): void {
    if (!this.selected) return;
    this.code = newClassCode(this.selected.scenario.id, (b) =>
      crypto.getRandomValues(b as Uint8Array<ArrayBuffer>),
    );
    this.codeText?.setText(this.code);
    this.summary?.setText(this.selected.scenario.summary);
    this.linkText?.setText(this.link());
    this.status?.setText('');
    this.registry.set(REPLAY_SCREENS.classSetup, {
      scenario: this.selected.scenario.id,
      code: this.code,
      link: this.link(),
    } satisfies ClassSetupReport);
  }

  private async copy(text: string, what: string): Promise<void> {
    const ok = await copyText(text);
    const message = ok ? S.copied(what) : S.refused;
    if (this.sys.isActive()) this.status?.setText(message);
    announce(message);
  }
}
