import Phaser from 'phaser';
import type { CompiledScenario, GameState, IndicatorKey } from '../../engine';
import type { GameStore, Step } from '../../store';
import {
  actionCards,
  eventCard,
  type GaugeView,
  gauges,
  latestNews,
  newsPlaces,
  previewAction,
  previewChoice,
  status,
  warnings,
} from '../../view';
import { app } from '../app';
import { ActionPanel } from '../game/action-panel';
import type { GameContext } from '../game/context';
import { DriftMeter } from '../game/drift-meter';
import { openEndBanner } from '../game/end-banner';
import { openEventDialog } from '../game/event-dialog';
import { GaugePanel } from '../game/gauge-panel';
import { guideDue, openGuide } from '../game/guide';
import { openHelp } from '../game/help-overlay';
import { LAYOUT } from '../game/layout';
import { MapEvents } from '../game/map-events';
import { openMenu } from '../game/menu-dialog';
import { openMonthReview } from '../game/month-review';
import { NewsFeed } from '../game/news-feed';
import { PowersPanel } from '../game/powers-panel';
import { cautiousAnswer, openPreviewDialog } from '../game/preview-dialog';
import { TopBar } from '../game/top-bar';
import type { RegionMap } from '../map/region-types';
import { branchComparable } from '../replay/branch';
import { announce } from '../screens/announce';
import { hasScene } from '../screens/navigate';
import { settings, updateSettings } from '../settings';
import { playCue } from '../sound';
import { STRINGS } from '../strings';
import { css, PALETTE } from '../theme';
import { unitWord } from '../turn-words';
import { type Dialog, FocusManager, Tooltip } from '../widgets';
import { REGISTRY } from './keys';

/**
 * The main game screen. It holds no rules: it draws the store's current state through the
 * view models, sends the player's decisions to the store, and decides only which dialog
 * comes next (the month in review, a waiting event, the end of the game).
 */
export class Game extends Phaser.Scene {
  private ctx!: GameContext;
  private topBar!: TopBar;
  private powers!: PowersPanel;
  private drift!: DriftMeter;
  private gaugePanel!: GaugePanel;
  private actions!: ActionPanel;
  private news!: NewsFeed;
  private mapEvents!: MapEvents;
  /** The flow's own dialog (event, review or end banner); confirmations stack above it. */
  private flowDialog: { kind: 'event' | 'review' | 'end'; key: string; dialog: Dialog } | null =
    null;
  private eventHidden = false;
  private reviewDue = false;
  private endSeen = false;
  private seenSteps = 0;
  private flowQueued = false;
  private readonly open: { kind: string; dialog: Dialog }[] = [];
  /** Each panel's data as last drawn (JSON): a panel is redrawn only when its data changed. */
  private readonly drawn = new Map<string, string>();

  constructor() {
    super('Game');
  }

  create(): void {
    const { store } = app();
    const cs = store.getState().compiled;
    if (!cs || store.getState().steps.length === 0) {
      this.scene.start('Title');
      return;
    }
    this.cameras.main.setBackgroundColor(css(PALETTE.paper));
    this.flowDialog = null;
    this.eventHidden = false;
    this.reviewDue = false;
    this.endSeen = store.getState().current()?.phase === 'over';
    this.seenSteps = 0;
    this.flowQueued = false;
    this.open.length = 0;
    this.drawn.clear();
    const focus = new FocusManager(this);
    this.ctx = { scene: this, focus, tooltip: new Tooltip(this), store, cs };
    this.build(cs);
    this.bindKeys();

    const unsubscribe = [
      store.subscribe(
        (s) => s.steps,
        () => this.redraw(),
      ),
      store.subscribe(
        (s) => s.error?.message ?? s.notice,
        () => this.redraw(),
      ),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of unsubscribe) off();
      this.registry.set(REGISTRY.dialog, null);
    });
    this.redraw();
    const steps = store.getState().steps;
    if (guideDue(steps.length === 1 && steps[0]?.state.turn === 0)) this.openGuide();
    performance.mark('bamboo:game-ready');
  }

  private build(cs: CompiledScenario): void {
    const { ctx } = this;
    const { width } = this.scale;
    const L = LAYOUT;
    // Built in keyboard order: top bar, cards, the powers, drift, the other gauges.
    this.topBar = new TopBar(ctx, width, L.topBar.height, {
      canUndo: () => this.store().getState().canUndo(),
      undo: () => this.undo(),
      help: () => this.openHelp(),
      menu: () => this.openMenu(),
      primary: () => this.primary(),
    });
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    this.mapEvents = new MapEvents(ctx, region, L.map.x, L.map.y, L.map.scale);
    this.actions = new ActionPanel(
      ctx,
      L.actions.x,
      L.actions.y,
      L.actions.width,
      L.actions.height,
      (card) => this.previewCard(card.id),
    );
    this.powers = new PowersPanel(ctx, L.powers.x, L.powers.y, L.powers.width, L.powers.height);
    const { band } = cs.scenario.rules.drift;
    this.drift = new DriftMeter(
      ctx,
      L.drift.x,
      L.drift.y,
      L.drift.width,
      L.drift.height,
      band,
      cs.scenario.thresholds.autonomyLost,
    );
    this.gaugePanel = new GaugePanel(ctx, L.gauges.x, L.gauges.y, L.gauges.width, L.gauges.height);
    this.news = new NewsFeed(ctx, L.news.x, L.news.y, L.news.width, L.news.height);
  }

  private bindKeys(): void {
    const { focus } = this.ctx;
    const help = () => this.openHelp();
    focus.bindKeys({
      e: () => this.primary(),
      f: () => this.toggleAdvisor(),
      s: () => this.toggleSound(),
      u: () => this.undo(),
      h: help,
      '?': help,
      m: () => this.openMenu(),
      r: () => this.openReview(false),
      a: () => this.actions.focusFirst(),
      g: () => this.focusGauges(),
      '[': () => this.actions.turnPage(-1),
      ']': () => this.actions.turnPage(1),
      PageUp: () => this.actions.turnPage(-1),
      PageDown: () => this.actions.turnPage(1),
    });
  }

  private store(): GameStore {
    return this.ctx.store;
  }

  private state(): GameState | null {
    return this.store().getState().current();
  }

  /** True when `data` differs from what panel `part` last drew (and records it as drawn). */
  private changed(part: string, data: unknown): boolean {
    const json = JSON.stringify(data);
    if (this.drawn.get(part) === json) return false;
    this.drawn.set(part, json);
    return true;
  }

  /**
   * Brings the panels up to date with the store. Text and Graphics are costly to redraw (each
   * Text re-renders its canvas), so a panel whose view data is unchanged is left alone.
   */
  private redraw(): void {
    const { cs } = this.ctx;
    const data = this.store().getState();
    const steps = data.steps;
    const state = steps.at(-1)?.state;
    if (!state) return;
    const grew = steps.length > this.seenSteps && this.seenSteps > 0;
    const newMonth = steps.length > this.seenSteps && endedMonth(steps);
    if (newMonth && this.seenSteps > 0 && state.phase !== 'over') this.reviewDue = true;
    const firstDraw = this.seenSteps === 0;
    this.seenSteps = steps.length;

    const gaugeViews = gauges(cs, steps);
    const views = new Map<IndicatorKey, GaugeView>(gaugeViews.map((g) => [g.key, g]));
    const s = status(cs, state);
    const label = this.primaryLabel(state);
    const notice = data.error?.message ?? data.notice;
    const alerts = warnings(cs, state);
    const warning = state.phase === 'over' ? null : (alerts[0]?.text ?? null);
    // The undo button's state follows the history, so the top bar also redraws on its length.
    if (this.changed('top', [s, label, notice, warning, steps.length]))
      this.topBar.update(s, label, notice, warning);
    // A warning that was not there before is also said aloud (screen readers).
    const said = alerts.map((w) => w.text).join(' ');
    const newWarning = this.changed('warnings', said) && said !== '' && !firstDraw;
    if (newWarning) announce(said);
    if (grew) {
      const type = steps.at(-1)?.action?.type;
      if (state.phase === 'over') playCue('end');
      else if (newWarning && alerts.some((w) => w.level === 'danger')) playCue('warning');
      else if (type === 'end-turn') playCue('month');
      else if (type === 'play' || type === 'choose') playCue('play');
    }
    if (this.changed('gauges', [gaugeViews, state.tiers])) {
      this.powers.update(views, state.tiers);
      const drift = views.get('autonomy.drift');
      if (drift) this.drift.update(drift);
      this.gaugePanel.update(views);
    }
    const cards = actionCards(cs, state);
    if (this.changed('actions', cards)) this.actions.update(cards);
    const news = latestNews(cs, steps);
    if (this.changed('news', [s.month, news])) this.news.update(s.month, news);
    if (newMonth || firstDraw) this.mapEvents.update(newsPlaces(news), true);
    this.queueFlow();
  }

  private primaryLabel(state: GameState): string {
    const g = STRINGS.game;
    if (state.phase === 'over') return g.debrief;
    if (state.phase === 'event') return g.answerEvent;
    return g.endTurn(unitWord(this.ctx.cs));
  }

  private primary(): void {
    const state = this.state();
    if (!state) return;
    if (state.phase === 'over') {
      if (this.canDebrief()) this.scene.start('Debrief');
      else {
        this.endSeen = false;
        this.queueFlow();
      }
      return;
    }
    if (state.phase === 'event') {
      this.eventHidden = false;
      this.queueFlow();
      return;
    }
    this.store().getState().dispatch({ type: 'end-turn' });
  }

  private undo(): void {
    const store = this.store().getState();
    if (store.canUndo()) {
      this.eventHidden = false;
      store.undo();
    }
  }

  private toggleAdvisor(): void {
    const on = !settings().advisor;
    updateSettings({ advisor: on });
    this.topBar?.flash(STRINGS.game.advisor.toggled(on));
  }

  private toggleSound(): void {
    const muted = !settings().muted;
    updateSettings({ muted });
    this.topBar?.flash(STRINGS.game.sound.toggled(!muted));
    if (!muted) playCue('play');
  }

  private focusGauges(): void {
    this.ctx.focus.focus(this.drift);
  }

  private canDebrief(): boolean {
    return this.scene.get('Debrief') !== null;
  }

  private previewCard(actionId: string): void {
    const state = this.state();
    if (state?.phase !== 'actions') return;
    const preview = previewAction(this.ctx.cs, state, actionId);
    if (!preview) return;
    this.track(
      'preview',
      openPreviewDialog(
        this.ctx,
        preview,
        state.ind['home.capital'],
        () => this.store().getState().dispatch({ type: 'play', action: actionId }),
        {
          state,
          decision: { type: 'play', action: actionId },
          baseline: { type: 'end-turn' },
          baselineLabel: STRINGS.game.advisor.baselineCard,
          reopen: () => this.previewCard(actionId),
        },
      ),
    );
  }

  /** Dialogs are opened one frame later, once the dialog that caused the change has closed. */
  private queueFlow(): void {
    if (this.flowQueued) return;
    this.flowQueued = true;
    this.time.delayedCall(0, () => {
      this.flowQueued = false;
      this.flow();
    });
  }

  private flow(): void {
    const state = this.state();
    if (!state) return;
    const { focus } = this.ctx;
    const current = this.flowDialog;
    if (current && !current.dialog.isOpen) this.flowDialog = null;
    // An answered event's dialog goes as soon as nothing is stacked above it.
    if (
      this.flowDialog?.kind === 'event' &&
      (state.phase !== 'event' || state.pending[0] !== this.flowDialog.key) &&
      focus.depth() === 1
    ) {
      this.flowDialog.dialog.close();
      this.flowDialog = null;
    }
    if (focus.depth() > 0) return;
    if (state.phase === 'over') {
      if (!this.endSeen && state.ending) {
        this.endSeen = true;
        const ending = state.ending;
        this.flowDialog = {
          kind: 'end',
          key: 'end',
          dialog: this.track(
            'end',
            openEndBanner(
              this.ctx,
              ending,
              this.canDebrief(),
              () => this.scene.start('Debrief'),
              () => this.ctx.focus.focus(null),
              branchComparable() && hasScene(this, 'Compare')
                ? () => this.scene.start('Compare', { from: 'Game' })
                : undefined,
            ),
          ),
        };
      }
      return;
    }
    if (this.reviewDue) {
      this.openReview(true);
      return;
    }
    if (state.phase === 'event' && !this.eventHidden) this.openEvent(state);
  }

  private openReview(fromFlow: boolean): void {
    const { cs } = this.ctx;
    const steps = this.store().getState().steps;
    const state = steps.at(-1)?.state;
    if (!state || this.ctx.focus.depth() > 0) return;
    this.reviewDue = false;
    const news = latestNews(cs, steps);
    announce([status(cs, state).month, ...news.map((n) => n.headline)].join('. '));
    const dialog = this.track(
      'review',
      openMonthReview(this.ctx, status(cs, state).month, news, () => this.queueFlow(), {
        score: status(cs, state).score,
        gauges: gauges(cs, steps),
        warnings: warnings(cs, state),
      }),
    );
    if (fromFlow) this.flowDialog = { kind: 'review', key: 'review', dialog };
  }

  private openEvent(state: GameState): void {
    const { cs } = this.ctx;
    const eventId = state.pending[0];
    if (!eventId) return;
    const card = eventCard(cs, eventId, state);
    if (!card) return;
    playCue('event');
    const choose = (choiceId: string): void => {
      const now = this.state();
      const preview = now ? previewChoice(cs, now, eventId, choiceId) : null;
      if (!now || !preview) return;
      this.track(
        'preview',
        openPreviewDialog(
          this.ctx,
          preview,
          now.ind['home.capital'],
          () =>
            this.store().getState().dispatch({ type: 'choose', event: eventId, choice: choiceId }),
          {
            state: now,
            decision: { type: 'choose', event: eventId, choice: choiceId },
            baseline: cautiousAnswer(cs, eventId, choiceId),
            baselineLabel: STRINGS.game.advisor.baselineChoice,
            reopen: () => choose(choiceId),
          },
        ),
      );
    };
    const dialog = openEventDialog(this.ctx, card, {
      preview: (choiceId) => {
        const now = this.state();
        return now ? previewChoice(cs, now, eventId, choiceId) : null;
      },
      choose,
      hide: () => {
        this.eventHidden = true;
        this.flowDialog = null;
      },
    });
    this.flowDialog = { kind: 'event', key: eventId, dialog: this.track('event', dialog) };
  }

  /** The guided first month; the flow (the month's first event) resumes when it closes. */
  private openGuide(): void {
    openGuide(
      this.ctx,
      (dialog) => this.track('guide', dialog),
      () => this.queueFlow(),
    );
  }

  private openHelp(): void {
    this.track('help', openHelp(this.ctx));
  }

  private openMenu(): void {
    this.track(
      'menu',
      openMenu(
        this.ctx,
        () => this.scene.start('Title'),
        () => this.openGuide(),
      ),
    );
  }

  /** Keeps the stack of open dialogs, published for the test handle (kind and buttons). */
  private track(kind: string, dialog: Dialog): Dialog {
    // A hover tooltip would float above the dialog (it sits on a higher layer).
    this.ctx.tooltip.hide();
    this.open.push({ kind, dialog });
    dialog.root.once(Phaser.GameObjects.Events.DESTROY, () => {
      const at = this.open.findIndex((d) => d.dialog === dialog);
      if (at >= 0) this.open.splice(at, 1);
      this.publishDialog();
    });
    this.publishDialog();
    return dialog;
  }

  private publishDialog(): void {
    const top = this.open.at(-1);
    this.registry.set(
      REGISTRY.dialog,
      top
        ? {
            kind: top.kind,
            buttons: top.dialog.buttons.map((b) => {
              const r = b.bounds();
              return { x: r.x, y: r.y, width: r.width, height: r.height, enabled: b.enabled() };
            }),
          }
        : null,
    );
  }
}

/** True when the newest decision ended a month. */
function endedMonth(steps: readonly Step[]): boolean {
  return steps.at(-1)?.action?.type === 'end-turn';
}
