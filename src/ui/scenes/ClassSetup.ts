import Phaser from 'phaser';
import type { CompiledScenario } from '../../engine';
import {
  type ClassInvite,
  COMFORTABLE_LINK_CHARS,
  classFileText,
  classInviteLink,
  newClassCode,
} from '../../share';
import { app } from '../app';
import {
  isLocalAddress,
  rememberBase,
  rememberCode,
  rememberedBase,
  rememberedCode,
} from '../classroom/class-base';
import { drawQr } from '../classroom/qr';
import { downloadText } from '../files/download';
import { type ClassSetupReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { copyText, gameBase, linkLang } from '../replay/share';
import { DEFAULT_SCENARIO } from '../scenario-catalog';
import { announce } from '../screens/announce';
import { CONTENT, drawFrame, FOOTER_Y } from '../screens/frame';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager, TextField } from '../widgets';

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
  private base = '';
  private advisor = true;
  private long = false;
  private warning?: Phaser.GameObjects.Text;
  private note?: Phaser.GameObjects.Text;
  private qr?: Phaser.GameObjects.Graphics;
  private qrX = 0;
  private qrY = 0;
  private classFile?: Button;

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
    this.advisor = true;
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
      // Cut before the footer's buttons, however many scenarios are listed.
      maxLines: Math.max(1, Math.floor((FOOTER_Y - 16 - (y + 12)) / 23)),
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
    g.fillStyle(0xffffff, 1).fillRoundedRect(RIGHT_X, y, RIGHT_W, 100, 10);
    g.lineStyle(2, PALETTE.bambooDark).strokeRoundedRect(RIGHT_X, y, RIGHT_W, 100, 10);
    this.codeText = this.add
      .text(RIGHT_X + 28, y + 50, '', {
        ...textStyle(64, { weight: 700, color: PALETTE.ink }),
        // Wide tracking, so 0 and 8 or M and N are told apart across a classroom.
        letterSpacing: 6,
      })
      .setOrigin(0, 0.5);
    const copyCode = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y + 8,
      S.copyCode,
      () => void this.copy(this.code, S.code),
      { width: 160, hotkey: 'C', fontSize: 15 },
      this.focus,
    );
    const fresh = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y + 54,
      S.fresh,
      () => this.renew(true),
      { width: 160, variant: 'secondary', hotkey: 'N', fontSize: 15 },
      this.focus,
    );
    y += 116;
    this.add.text(RIGHT_X, y, S.address, textStyle(15, { weight: 700 }));
    y += 24;
    this.base = rememberedBase(gameBase());
    const address = new TextField(
      this,
      RIGHT_X,
      y,
      this.base,
      {
        width: RIGHT_W - 186,
        maxLength: 300,
        label: S.address,
        onChange: (value) => {
          this.base = value.trim();
          rememberBase(this.base);
          this.showLink();
        },
      },
      this.focus,
    );
    void address;
    const advisor = new Button(
      this,
      RIGHT_X + RIGHT_W - 176,
      y,
      S.advisor(this.advisor),
      () => {
        this.advisor = !this.advisor;
        advisor.setLabel(S.advisor(this.advisor));
        this.showLink();
      },
      { width: 160, variant: 'secondary', fontSize: 14, height: 38 },
      this.focus,
    );
    y += 44;
    this.warning = this.add.text(RIGHT_X, y, '', {
      ...textStyle(13, { weight: 700, color: PALETTE.marker }),
      wordWrap: { width: RIGHT_W, useAdvancedWrap: true },
    });
    y += 38;
    this.add.text(RIGHT_X, y, S.link, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 28;
    const qrSize = 176;
    this.qrX = RIGHT_X + RIGHT_W - qrSize;
    this.qrY = y;
    this.qr = this.add.graphics();
    this.linkText = this.add.text(RIGHT_X, y, '', {
      ...textStyle(15, { weight: 700 }),
      wordWrap: { width: RIGHT_W - qrSize - 24, useAdvancedWrap: true },
    });
    const copyLink = new Button(
      this,
      RIGHT_X,
      y + 92,
      S.copyLink,
      () => void this.copy(this.link(), S.link),
      { width: 160, hotkey: 'L', fontSize: 15 },
      this.focus,
    );
    this.classFile = new Button(
      this,
      RIGHT_X + 172,
      y + 92,
      S.classFile,
      () => this.saveClassFile(),
      { width: 200, variant: 'secondary', hotkey: 'F', fontSize: 15 },
      this.focus,
    );
    this.note = this.add.text(RIGHT_X, y + 140, '', {
      ...textStyle(13, { color: PALETTE.inkSoft }),
      wordWrap: { width: RIGHT_W - qrSize - 24, useAdvancedWrap: true },
    });
    const unbind = this.focus.bindKeys({
      c: () => copyCode.activate(),
      n: () => fresh.activate(),
      l: () => copyLink.activate(),
      f: () => this.classFile?.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  }

  private invite(): ClassInvite | null {
    if (!this.selected) return null;
    const entry = app().catalog.find((e) => e.compiled === this.selected);
    const text = entry?.origin === 'opened' ? entry.text : undefined;
    const lang = linkLang();
    return {
      scenarioId: this.selected.scenario.id,
      code: this.code,
      ...(text ? { scenarioText: text } : {}),
      ...(this.advisor ? {} : { advisor: false }),
      ...(lang ? { lang } : {}),
    };
  }

  private link(): string {
    const invite = this.invite();
    return invite ? classInviteLink(this.base || gameBase(), invite) : '';
  }

  private renew(fresh = false): void {
    if (!this.selected) return;
    const id = this.selected.scenario.id;
    const kept = fresh ? undefined : rememberedCode(id);
    this.code =
      kept ?? newClassCode(id, (b) => crypto.getRandomValues(b as Uint8Array<ArrayBuffer>));
    rememberCode(id, this.code);
    this.codeText?.setText(this.code);
    this.summary?.setText(this.selected.scenario.summary);
    this.status?.setText('');
    this.showLink();
  }

  /** The link, its QR code (when one can hold it) and what to do when it is too long. */
  private showLink(): void {
    if (!this.selected) return;
    const link = this.link();
    this.long = link.length > COMFORTABLE_LINK_CHARS;
    this.linkText?.setText(
      link.length > 150
        ? `${link.slice(0, 110)}…  (${link.length.toLocaleString('en')} characters)`
        : link,
    );
    this.qr?.clear();
    const drawn = !this.long && this.qr ? drawQr(this.qr, link, this.qrX, this.qrY, 176) : false;
    this.note?.setText(this.long ? `${S.qrTooLong} ${S.classFileHelp}` : '');
    this.warning?.setText(isLocalAddress(this.base || gameBase()) ? S.localWarning : '');
    this.classFile?.refresh();
    this.registry.set(REPLAY_SCREENS.classSetup, {
      scenario: this.selected.scenario.id,
      code: this.code,
      link,
      qr: drawn,
      local: isLocalAddress(this.base || gameBase()),
    } satisfies ClassSetupReport);
  }

  private saveClassFile(): void {
    const invite = this.invite();
    if (!invite) return;
    const name = `class-${invite.scenarioId}-${invite.code}.json`;
    downloadText(name, classFileText(invite));
    this.status?.setText(S.classFileSaved(name));
    announce(S.classFileSaved(name));
  }

  private async copy(text: string, what: string): Promise<void> {
    const ok = await copyText(text);
    const message = ok ? S.copied(what) : S.refused;
    if (this.sys.isActive()) this.status?.setText(message);
    announce(message);
  }
}
