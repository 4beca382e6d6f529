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
import { clampLines } from '../game/news-item';
import { type ClassSetupReport, REPLAY_SCREENS } from '../replay/screen-keys';
import { copyText, gameBase, linkLang } from '../replay/share';
import { DEFAULT_SCENARIO } from '../scenario-catalog';
import { onRelayout } from '../screen-form';
import { announce } from '../screens/announce';
import { drawFrame } from '../screens/frame';
import { fitPage, type PageLayout } from '../screens/page-layout';
import { PageScroll } from '../screens/page-scroll';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, type FocusManager, TextField } from '../widgets';

const S = STRINGS.classroom.setup;
const GUTTER = 50;
const QR_SIZE = 176;
/** A phone's column shows the picked scenario's summary up to this many lines. */
const SUMMARY_LINES = 10;

/**
 * Where the two halves draw: side by side on a laptop or tablet (the scenarios left, the code
 * and link right), one under the other on a phone, where the page scrolls.
 */
interface Columns {
  readonly leftX: number;
  readonly leftW: number;
  readonly rightX: number;
  readonly rightW: number;
  readonly top: number;
}

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
  private summaryLines = SUMMARY_LINES;
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
  private layout!: PageLayout;
  private cols!: Columns;
  /** Buttons' height: 44 for a finger, the design's own on a laptop. */
  private touch: { height?: number } = {};

  constructor() {
    super('ClassSetup');
  }

  create(): void {
    this.rows = [];
    const layout = fitPage(this);
    this.layout = layout;
    this.touch = layout.touch ? { height: 44 } : {};
    const frame = drawFrame(this, S.title, () => this.scene.start('Title'), layout);
    this.focus = frame.focus;
    onRelayout(this, () => this.scene.restart());
    const scroll = layout.narrow
      ? new PageScroll(this, frame.titleBottom, layout.width, layout.height)
      : null;
    const before = new Set(this.children.list);
    const intro = this.add.text(layout.x, frame.titleBottom + 10, S.intro, {
      ...textStyle(16),
      wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
      lineSpacing: 3,
    });
    const top = Math.max(layout.narrow ? 0 : 170, intro.y + intro.height + 16);
    const leftW = layout.narrow
      ? layout.contentWidth
      : Math.min(400, Math.floor((layout.contentWidth - GUTTER) * 0.45));
    const rightX = layout.narrow ? layout.x : layout.x + leftW + GUTTER;
    this.cols = {
      leftX: layout.x,
      leftW,
      rightX,
      rightW: layout.narrow ? layout.contentWidth : layout.x + layout.contentWidth - rightX,
      top,
    };
    this.advisor = true;
    const playable = app()
      .catalog.map((e) => e.compiled)
      .filter((c): c is CompiledScenario => c !== null);
    this.selected = playable.find((c) => c.scenario.id === DEFAULT_SCENARIO) ?? playable[0] ?? null;
    const leftEnd = this.addScenarios(playable);
    const rightEnd = this.addCode(layout.narrow ? leftEnd + 20 : top);
    // On a phone the page goes on below the link; elsewhere the footer row holds these.
    const footerY = layout.narrow ? rightEnd + 16 : layout.footerY - 4;
    const results = new Button(
      this,
      layout.x,
      footerY,
      S.toResults,
      () => this.scene.start('ClassResults', { code: this.code }),
      { variant: 'secondary', hotkey: 'R', ...this.touch },
      this.focus,
    );
    this.status = layout.narrow
      ? this.add.text(layout.x, footerY + results.height + 10, '', {
          ...textStyle(14, { color: PALETTE.inkSoft }),
          wordWrap: { width: layout.contentWidth, useAdvancedWrap: true },
        })
      : this.add
          .text(
            layout.x + layout.contentWidth,
            footerY + results.height / 2,
            '',
            textStyle(14, { color: PALETTE.inkSoft }),
          )
          .setOrigin(1, 0.5);
    if (scroll) {
      // One container for the page: the scroll measures its parts, and graphics have no bounds.
      const page = this.add.container(0, 0);
      page.add(this.children.list.filter((o) => !before.has(o) && o !== page));
      scroll.content.add(page);
    }
    const unbind = this.focus.bindKeys({ r: () => results.activate() });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unbind();
      this.registry.remove(REPLAY_SCREENS.classSetup);
    });
    this.renew();
    scroll?.refresh();
    const first = this.rows.find((r) => r.compiled === this.selected)?.button;
    if (first) this.focus.focus(first);
  }

  /** The scenarios to pick from, and the picked one's summary; returns where they end. */
  private addScenarios(playable: readonly CompiledScenario[]): number {
    const { leftX, leftW } = this.cols;
    let y = this.cols.top;
    this.add.text(leftX, y, S.scenario, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 32;
    // Buttons size themselves to one line: long titles get the height their wrapped label needs.
    const measure = this.add
      .text(0, 0, '', {
        ...textStyle(15, { weight: 700 }),
        wordWrap: { width: leftW - 20, useAdvancedWrap: true },
      })
      .setVisible(false);
    for (const cs of playable) {
      measure.setText(this.rowLabel(cs));
      const button = new Button(
        this,
        leftX,
        y,
        this.rowLabel(cs),
        () => this.pick(cs),
        {
          variant: 'secondary',
          width: leftW,
          height: Math.max(this.layout.touch ? 44 : 40, measure.height + 14),
          align: 'left',
          fontSize: 15,
        },
        this.focus,
      );
      this.rows.push({ button, compiled: cs });
      y += button.height + 8;
    }
    measure.destroy();
    this.summary = this.add.text(leftX, y + 12, '', {
      ...textStyle(14, { color: PALETTE.inkSoft }),
      wordWrap: { width: leftW, useAdvancedWrap: true },
      lineSpacing: 3,
    });
    // Cut before the footer's buttons, however many scenarios are listed; a phone scrolls.
    this.summaryLines = this.layout.narrow
      ? SUMMARY_LINES
      : Math.max(1, Math.floor((this.layout.footerY - 16 - (y + 12)) / 23));
    // The summary changes with the pick: a phone's column leaves it room for its longest.
    return y + 12 + SUMMARY_LINES * 23;
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

  /** The code, the address students open, and the link with its QR code; returns where they end. */
  private addCode(top: number): number {
    const narrow = this.layout.narrow;
    const { rightX: x, rightW: w } = this.cols;
    const touch = this.touch;
    let y = top;
    this.add.text(x, y, S.code, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 30;
    // A phone's box holds the code alone, its buttons go below; elsewhere they sit inside it.
    const boxH = narrow ? 76 : 100;
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, boxH, 10);
    g.lineStyle(2, PALETTE.bambooDark).strokeRoundedRect(x, y, w, boxH, 10);
    this.codeText = this.add
      .text(x + (this.layout.touch ? 16 : 28), y + boxH / 2, '', {
        // A tablet's box shares its width with the two buttons: the code is smaller there.
        ...textStyle(narrow ? 40 : this.layout.touch ? 30 : 64, {
          weight: 700,
          color: PALETTE.ink,
        }),
        // Wide tracking, so 0 and 8 or M and N are told apart across a classroom.
        letterSpacing: narrow ? 4 : 6,
      })
      .setOrigin(0, 0.5);
    const buttonsY = narrow ? y + boxH + 10 : y + 8;
    const copyCode = new Button(
      this,
      narrow ? x : x + w - 176,
      buttonsY,
      S.copyCode,
      () => void this.copy(this.code, S.code),
      { width: 160, hotkey: 'C', fontSize: 15, ...(narrow ? touch : {}) },
      this.focus,
    );
    const fresh = new Button(
      this,
      narrow ? x + 170 : x + w - 176,
      narrow ? buttonsY : y + 54,
      S.fresh,
      () => this.renew(true),
      {
        width: narrow ? Math.min(180, w - 170) : 160,
        variant: 'secondary',
        hotkey: 'N',
        fontSize: 15,
        // Inside the code's box on a tablet: two rows of 44 would not fit it.
        ...(narrow ? touch : {}),
      },
      this.focus,
    );
    y = narrow ? buttonsY + copyCode.height + 16 : y + 116;
    this.add.text(x, y, S.address, textStyle(15, { weight: 700 }));
    y += 24;
    this.base = rememberedBase(gameBase());
    new TextField(
      this,
      x,
      y,
      this.base,
      {
        width: narrow ? w : w - 186,
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
    const advisor = new Button(
      this,
      narrow ? x : x + w - 176,
      narrow ? y + 48 : y,
      S.advisor(this.advisor),
      () => {
        this.advisor = !this.advisor;
        advisor.setLabel(S.advisor(this.advisor));
        this.showLink();
      },
      {
        width: narrow ? Math.min(w, 240) : 160,
        variant: 'secondary',
        fontSize: 14,
        height: touch.height ?? 38,
      },
      this.focus,
    );
    y = narrow ? y + 48 + advisor.height + 8 : y + 44;
    this.warning = this.add.text(x, y, '', {
      ...textStyle(13, { weight: 700, color: PALETTE.marker }),
      wordWrap: { width: w, useAdvancedWrap: true },
    });
    // Room for the warning's two lines (three in a phone's column), shown or not.
    y += narrow ? 66 : 38;
    this.add.text(x, y, S.link, textStyle(17, { weight: 700, color: PALETTE.bambooDark }));
    y += 28;
    const textW = narrow ? w : w - QR_SIZE - 24;
    this.linkText = this.add.text(x, y, '', {
      ...textStyle(15, { weight: 700 }),
      wordWrap: { width: textW, useAdvancedWrap: true },
      // A phone's column gives the link up to five lines before the QR code below it.
      ...(narrow ? { maxLines: 5 } : {}),
    });
    const linkRows = narrow ? 5 * 20 + 8 : 92;
    this.qrX = narrow ? x : x + w - QR_SIZE;
    this.qrY = narrow ? y + linkRows : y;
    this.qr = this.add.graphics();
    const buttonsTop = narrow ? this.qrY + QR_SIZE + 14 : y + 92;
    const copyLink = new Button(
      this,
      x,
      buttonsTop,
      S.copyLink,
      () => void this.copy(this.link(), S.link),
      { width: 160, hotkey: 'L', fontSize: 15, ...touch },
      this.focus,
    );
    // Beside Copy link when the text column has room, else under it (a tablet's column).
    const beside = narrow || x + 172 + 200 <= this.qrX - 12;
    this.classFile = new Button(
      this,
      beside ? x + 172 : x,
      beside ? buttonsTop : buttonsTop + copyLink.height + 8,
      S.classFile,
      () => this.saveClassFile(),
      {
        width: narrow ? Math.min(200, w - 172) : 200,
        variant: 'secondary',
        hotkey: 'F',
        fontSize: 15,
        ...touch,
      },
      this.focus,
    );
    const noteY = this.classFile.container.y + this.classFile.height + 4;
    this.note = this.add.text(x, noteY, '', {
      ...textStyle(13, { color: PALETTE.inkSoft }),
      wordWrap: { width: textW, useAdvancedWrap: true },
    });
    const unbind = this.focus.bindKeys({
      c: () => copyCode.activate(),
      n: () => fresh.activate(),
      l: () => copyLink.activate(),
      f: () => this.classFile?.activate(),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
    // The note (a long link's advice) runs to a few lines below.
    return noteY + 4 * 18;
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
    if (this.summary) {
      // A cut summary ends in "…" at a whole word, never mid-sentence.
      this.summary.setText(this.selected.scenario.summary);
      clampLines(this.summary, this.summaryLines);
    }
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
    const drawn =
      !this.long && this.qr ? drawQr(this.qr, link, this.qrX, this.qrY, QR_SIZE) : false;
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
