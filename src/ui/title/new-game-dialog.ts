import type Phaser from 'phaser';
import type { CompiledScenario } from '../../engine';
import { MAX_SEED_CHARS } from '../../share/launch-url';
import type { CatalogEntry } from '../scenario-catalog';
import { STRINGS } from '../strings';
import { PALETTE, textStyle } from '../theme';
import { Button, Dialog, type FocusManager, TextField } from '../widgets';
import { freshKeyFilter } from '../widgets/fresh-keys';
import { ScrollText } from '../widgets/scroll-text';
import { randomSeed } from './random-seed';

const S = STRINGS.title;
const WIDTH = 780;

export interface NewGameChoice {
  readonly compiled: CompiledScenario;
  readonly seed: string;
  readonly player: string;
}

export interface NewGameOptions {
  readonly catalog: readonly CatalogEntry[];
  readonly scenarioId: string | null;
  readonly seed: string | null;
  readonly player: string;
  /** Shown above the list, e.g. why a link's scenario was not found. */
  readonly message?: string;
  readonly onStart: (choice: NewGameChoice) => void;
  /** Removes a scenario opened in this browser from its list. */
  readonly onRemove?: (scenarioId: string) => void;
  /** A class link: the name is what the student must type, so its field takes the focus first. */
  readonly askName?: boolean;
  /** Given a reader of what the dialog holds now: the title opens it again after a relayout. */
  readonly onDraft?: (read: () => NewGameDraft) => void;
}

/** What the player has chosen and typed so far. */
export interface NewGameDraft {
  readonly scenarioId: string | null;
  readonly seed: string;
  readonly player: string;
}

/**
 * The scenario picker, the seed and the player's name. Broken scenario files
 * are listed with their problems so a teacher writing one sees what to fix.
 */
export function openNewGameDialog(
  scene: Phaser.Scene,
  focus: FocusManager,
  options: NewGameOptions,
): Dialog {
  const playable = options.catalog.filter((e) => e.compiled);
  let selected =
    playable.find((e) => e.compiled?.scenario.id === options.scenarioId)?.compiled ??
    playable[0]?.compiled ??
    null;
  let seedField: TextField | null = null;
  let nameField: TextField | null = null;
  const rows: { button: Button; compiled: CompiledScenario; tag: string }[] = [];
  let summary: Phaser.GameObjects.Text | null = null;
  /** Shown when the briefing is cut: it opens the whole of it. */
  let readAll: Button | null = null;

  // The briefing gets five lines; a longer one ends in "…" on a whole line, never a line cut in half.
  const SUMMARY_LINES = 5;
  const showSummary = (text: string) => {
    if (!summary) return;
    const lines = summary.getWrappedText(text);
    if (lines.length > SUMMARY_LINES) {
      const kept = lines.slice(0, SUMMARY_LINES);
      // Words come off the last line until the "…" fits on it (it must not wrap out of sight).
      let last = kept[SUMMARY_LINES - 1] ?? '';
      const cut = () => [...kept.slice(0, -1), `${last} …`].join('\n');
      do last = last.replace(/\s*\S*\s*$/, '');
      while (last !== '' && summary.getWrappedText(cut()).length > SUMMARY_LINES);
      summary.setText(cut());
    } else summary.setText(text);
    readAll?.container.setVisible(lines.length > SUMMARY_LINES);
    readAll?.refresh();
  };
  const openBriefing = () => {
    if (!selected) return;
    const full = selected.scenario.summary;
    new Dialog(scene, focus, {
      title: selected.scenario.title,
      width: 700,
      body: (root, width) => {
        const t = scene.add.text(0, 0, full, {
          ...textStyle(15),
          wordWrap: { width, useAdvancedWrap: true },
          lineSpacing: 3,
        });
        root.add(t);
        return t.height;
      },
      buttons: [
        { label: S.briefingClose, hotkey: 'Esc', variant: 'secondary', onClick: () => undefined },
      ],
    });
  };

  const isOpened = (cs: CompiledScenario | null) =>
    cs !== null && options.catalog.some((e) => e.compiled === cs && e.origin === 'opened');
  const rowLabel = (cs: CompiledScenario) =>
    `${cs === selected ? '●' : '○'}  ${cs.scenario.title}  ·  ${S.turns(cs.scenario.calendar.length)}`;
  const pick = (cs: CompiledScenario) => {
    if (cs === selected) return;
    selected = cs;
    for (const r of rows) r.button.setLabel(`${rowLabel(r.compiled)}${r.tag}`);
    showSummary(cs.scenario.summary);
    seedField?.set(cs.scenario.defaultSeed);
  };

  const body = (root: Phaser.GameObjects.Container, width: number): number => {
    let y = 0;
    const add = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
      root.add(o);
      return o;
    };
    if (options.message) {
      const t = add(
        scene.add.text(0, y, options.message, {
          ...textStyle(15, { weight: 700, color: PALETTE.marker }),
          wordWrap: { width, useAdvancedWrap: true },
        }),
      );
      y += t.height + 10;
    }
    add(scene.add.text(0, y, S.scenario, textStyle(15, { weight: 700 })));
    y += 26;
    const broken = options.catalog.filter((e) => !e.compiled);
    for (const entry of options.catalog) {
      const cs = entry.compiled;
      if (!cs) continue;
      const tag = entry.origin === 'opened' ? `  ·  ${S.openedTag}` : '';
      const button = new Button(scene, 0, y, `${rowLabel(cs)}${tag}`, () => pick(cs), {
        variant: 'secondary',
        width,
        align: 'left',
        fontSize: 15,
      });
      focus.add(button);
      add(button.container);
      rows.push({ button, compiled: cs, tag });
      y += button.height + 6;
    }
    if (broken.length > 0) {
      // However many files are broken and however long their lists, the box keeps its height.
      const heading = add(
        scene.add.text(0, y + 2, `⚠  ${S.problemsHeading(broken.length)}`, {
          ...textStyle(13, { weight: 700, color: PALETTE.marker }),
        }),
      );
      y += heading.height + 6;
      const lines = broken.flatMap((e) => [
        `${e.file} — ${S.broken}`,
        ...e.problems.map((p) => `   ${p}`),
      ]);
      const list = new ScrollText(
        scene,
        0,
        y,
        lines.join('\n'),
        {
          width,
          rows: 4,
          fontSize: 12,
          color: PALETTE.marker,
        },
        focus,
      );
      add(list.container);
      y += list.height + 8;
    }
    if (!selected) {
      const t = add(scene.add.text(0, y, S.noScenario, textStyle(15, { weight: 700 })));
      return y + t.height;
    }
    y += 4;
    summary = add(
      scene.add.text(0, y, '', {
        ...textStyle(14, { color: PALETTE.inkSoft }),
        wordWrap: { width, useAdvancedWrap: true },
        lineSpacing: 2,
      }),
    );
    readAll = new Button(
      scene,
      0,
      y + 108,
      S.readBriefing,
      openBriefing,
      {
        variant: 'quiet',
        height: 26,
        fontSize: 12,
        enabled: () => readAll?.container.visible === true,
      },
      focus,
    );
    readAll.container.setX(width - readAll.width);
    add(readAll.container);
    showSummary(selected.scenario.summary);
    y += 136;

    const narrow = width < 560;
    // On a phone the fields stack; the name, what a class link asks for, comes first.
    const half = narrow ? width : (width - 24) / 2;
    const help = { ...textStyle(13, { color: PALETTE.inkSoft }), wordWrap: { width: half } };
    const nameBlock = (x: number, top: number) => {
      add(scene.add.text(x, top, S.player, textStyle(15, { weight: 700 })));
      nameField = new TextField(
        scene,
        x,
        top + 26,
        options.player,
        { width: half, maxLength: 60, placeholder: S.playerPlaceholder, label: S.player },
        focus,
      );
      add(nameField.container);
      return add(scene.add.text(x, top + 70, S.playerHelp, help));
    };
    const seedBlock = (top: number) => {
      add(scene.add.text(0, top, S.seed, textStyle(15, { weight: 700 })));
      seedField = new TextField(
        scene,
        0,
        top + 26,
        options.seed ?? selected?.scenario.defaultSeed ?? '',
        { width: half - 150, maxLength: MAX_SEED_CHARS, label: S.seed },
        focus,
      );
      add(seedField.container);
      const reroll = new Button(
        scene,
        half - 140,
        top + 26,
        S.randomSeed,
        () => seedField?.set(randomSeed((b) => crypto.getRandomValues(b))),
        { variant: 'quiet', width: 140, height: narrow ? 44 : 38, fontSize: 13 },
        focus,
      );
      add(reroll.container);
      return add(scene.add.text(0, top + 70, S.seedHelp, help));
    };
    if (narrow) {
      const seedHelp = seedBlock(y);
      y = seedHelp.y + seedHelp.height + 14;
      const nameHelp = nameBlock(0, y);
      return nameHelp.y + nameHelp.height;
    }
    const h1 = seedBlock(y);
    const h2 = nameBlock(half + 24, y);
    return y + 70 + Math.max(h1.height, h2.height);
  };

  options.onDraft?.(() => ({
    scenarioId: selected?.scenario.id ?? null,
    seed: seedField?.current ?? '',
    player: nameField?.current ?? options.player,
  }));
  const start = (): boolean => {
    if (!selected) return false;
    const seed = seedField?.current.trim() || selected.scenario.defaultSeed;
    options.onStart({ compiled: selected, seed, player: nameField?.current.trim() ?? '' });
    return true;
  };
  const dialog = new Dialog(scene, focus, {
    title: S.newGameTitle,
    width: WIDTH,
    body,
    buttons: [
      {
        label: S.start,
        enabled: () => selected !== null,
        onClick: () => (start() ? undefined : false),
      },
      { label: S.cancel, variant: 'secondary', onClick: () => undefined },
      // Only a scenario opened in this browser can be removed: with none in the list, the
      // button would only ever be greyed beside the built-in ones.
      ...(options.onRemove && options.catalog.some((e) => e.origin === 'opened')
        ? [
            {
              label: S.removeScenario,
              variant: 'quiet' as const,
              enabled: () => isOpened(selected),
              onClick: () => {
                const id = selected?.scenario.id;
                if (!id || !isOpened(selected)) return false;
                // Closed first: the caller opens the dialog again on the list without it.
                setTimeout(() => options.onRemove?.(id), 0);
                return undefined;
              },
            },
          ]
        : []),
    ],
  });
  if (options.askName && nameField) focus.focus(nameField);
  // Enter on a scenario starts it, as Enter on a list's item does anywhere (the focus manager has
  // already selected it on this key); Space and a click or tap only select it, to read its
  // briefing or change the seed first.
  const depth = focus.depth();
  const fresh = freshKeyFilter();
  const onKey = (event: KeyboardEvent) => {
    if (!fresh(event) || event.key !== 'Enter' || event.repeat || focus.depth() !== depth) return;
    const row = rows.find((r) => r.button === focus.focused());
    if (!row || selected !== row.compiled) return;
    if (start()) dialog.close();
  };
  scene.input.keyboard?.on('keydown', onKey);
  dialog.root.once('destroy', () => scene.input.keyboard?.off('keydown', onKey));
  return dialog;
}
