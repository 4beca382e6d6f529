import Phaser from 'phaser';
import type { CompiledScenario, GameState, IndicatorKey } from '../../engine';
import type { GameStore, Step } from '../../store';
import {
  actionCards,
  capitalIncome,
  capitalIncomeWords,
  earlierPlaces,
  eventCard,
  type GaugeView,
  gauges,
  latestNews,
  monthEndScoreChange,
  monthMovers,
  monthNews,
  newsPlaces,
  previewAction,
  previewChoice,
  scoreExplained,
  status,
  turnStarts,
  undoHint,
  unspentCapital,
  warnings,
} from '../../view';
import { app } from '../app';
import { ActionPanel } from '../game/action-panel';
import type { GameContext } from '../game/context';
import type { DriftMeter } from '../game/drift-meter';
import { openEndBanner } from '../game/end-banner';
import { openEventDialog } from '../game/event-dialog';
import { GaugePanel } from '../game/gauge-panel';
import { guideDue, openGuide, spotlitOf } from '../game/guide';
import { openHelp } from '../game/help-overlay';
import { LAYOUT, portraitLayout } from '../game/layout';
import { MapEvents } from '../game/map-events';
import { openMenu } from '../game/menu-dialog';
import { showMonthCard } from '../game/month-card';
import { openMonthReview } from '../game/month-review';
import { NewsFeed } from '../game/news-feed';
import { PortraitTabs, tabColumn } from '../game/portrait-tabs';
import type { PowersPanel } from '../game/powers-panel';
import { cautiousAnswer, openPreviewDialog } from '../game/preview-dialog';
import { buildStanding } from '../game/standing-panels';
import { PORTRAIT_TOP_BAR_HEIGHT, TopBar, type TopBarHandlers } from '../game/top-bar';
import { openUnspentDialog } from '../game/unspent-dialog';
import type { RegionMap } from '../map/region-types';
import { branchComparable } from '../replay/branch';
import {
  currentForm,
  declarePortrait,
  fitPortrait,
  onRelayout,
  PORTRAIT_ZOOM,
  setViewSize,
} from '../screen-form';
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
  /** The new month's card slides across before its review opens. */
  private monthCardDue = false;
  private monthCardShowing = false;
  private endSeen = false;
  /** The turn whose unspent capital the player was already asked about (asked once a turn). */
  private unspentAsked = -1;
  private seenSteps = 0;
  private flowQueued = false;
  private readonly open: OpenDialog[] = [];
  /** Each panel's data as last drawn (JSON): a panel is redrawn only when its data changed. */
  private readonly drawn = new Map<string, string>();
  /** The places the map marks now, so a decision's new place is the one that pulses. */
  private marked: ReadonlySet<string> = new Set();
  /** The portrait layout's tabs (null in landscape). */
  private tabs: PortraitTabs | null = null;
  /** What a re-layout (rotation, resize) carries into the rebuilt screen. */
  private carried: { dialogs: OpenDialog[]; tab: string; eventHidden: boolean } | null = null;

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
    declarePortrait(this);
    const carried = this.carried;
    this.carried = null;
    this.flowDialog = null;
    this.eventHidden = carried?.eventHidden ?? false;
    this.reviewDue = false;
    this.monthCardDue = false;
    this.monthCardShowing = false;
    this.marked = new Set();
    this.endSeen = store.getState().current()?.phase === 'over';
    this.seenSteps = 0;
    this.flowQueued = false;
    this.open.length = 0;
    this.drawn.clear();
    const focus = new FocusManager(this);
    this.ctx = { scene: this, focus, tooltip: new Tooltip(this), store, cs };
    this.tabs = null;
    const form = currentForm(this);
    if (form !== 'landscape') this.buildColumns(cs, carried?.tab ?? 'cards', form);
    else {
      this.fitLandscape();
      this.build();
    }
    this.bindKeys();
    this.bindSwipe();
    onRelayout(this, () => this.relayout());

    const unsubscribe = [
      store.subscribe(
        (s) => s.steps,
        () => this.redraw(),
      ),
      store.subscribe(
        (s) => s.error?.message ?? s.notice,
        () => this.redraw(),
      ),
      // The menu switches sound too: the board's switch follows the setting, wherever set.
      app().settings.subscribe(
        (s) => s.muted,
        () => this.topBar.refreshSound(),
      ),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of unsubscribe) off();
      this.registry.set(REGISTRY.dialog, null);
      this.registry.set(REGISTRY.settling, null);
    });
    this.registry.set(REGISTRY.settling, () => this.settling());
    this.redraw();
    if (carried) this.reopen(carried.dialogs);
    const steps = store.getState().steps;
    if (guideDue(steps.length === 1 && steps[0]?.state.turn === 0)) this.openGuide();
    performance.mark('bamboo:game-ready');
  }

  /** The landscape board: one camera on the 1280×720 design. */
  private fitLandscape(): void {
    const { width, height } = this.scale;
    this.cameras.main
      .setViewport(0, 0, width, height)
      .setOrigin(0, 0)
      .setZoom(1)
      .setScroll(0, 0)
      .setBackgroundColor(css(PALETTE.paper));
    setViewSize(this, width, height);
  }

  /**
   * The phone layout (one column: the month, the powers and the bamboo meter on top; cards,
   * gauges, news and the map as tabs below) and the tablet one (the same top and the news in a
   * left column; the tabs on the right). Panels are the landscape ones, given these sizes.
   */
  private buildColumns(cs: CompiledScenario, tab: string, form: 'portrait' | 'tablet'): void {
    const { ctx } = this;
    const zoom = PORTRAIT_ZOOM;
    const { width, height } = fitPortrait(this);
    const split = form === 'tablet';
    const left = split ? TABLET_LEFT : width;
    const L = portraitLayout(left, height, PORTRAIT_TOP_BAR_HEIGHT, cs.tables.vocab.powers.length);
    // The main camera draws the fixed parts and, over everything, dialogs and tooltips; it is
    // see-through over the tab area so the tab camera's picture shows there.
    this.cameras.main.setBackgroundColor('rgba(0,0,0,0)');
    this.topBar = new TopBar(ctx, left, L.topBar.height, this.topBarHandlers(), true);
    const g = STRINGS.game;
    const tabs = [
      { key: 'cards', label: g.actions.heading },
      { key: 'gauges', label: g.tabs.gauges },
      ...(split ? [] : [{ key: 'news', label: g.tabs.news }]),
      { key: 'map', label: g.tabs.map },
    ];
    const at = (key: string) => tabColumn(tabs.findIndex((t) => t.key === key));
    // The tab area on screen, and each tab's panel inside it.
    const area = split
      ? { x: left, y: 58, width: width - left, height: height - 58 }
      : { x: 0, y: L.area.y - 4, width, height: height - (L.area.y - 4) };
    const bar = split
      ? { x: left + 4, y: 8, width: width - left - 12 }
      : { x: 8, y: L.tabBar.y, width: width - 16 };
    const A = { x: 4, y: area.y + 4, width: area.width - 12, height: area.height - 12 };
    if (!split) {
      A.x = L.area.x;
      A.width = L.area.width;
    }
    this.actions = new ActionPanel(
      ctx,
      at('cards') + A.x,
      A.y,
      A.width,
      A.height,
      (card) => this.previewCard(card.id),
      { width: 52, height: 44 },
    );
    ({ powers: this.powers, drift: this.drift } = buildStanding(ctx, L));
    this.gaugePanel = new GaugePanel(
      ctx,
      at('gauges') + A.x,
      A.y,
      A.width,
      A.height,
      split ? 5 : 3,
    );
    if (split) {
      // The news under the bamboo meter, in the left column.
      const top = L.drift.y + L.drift.height + 6;
      this.news = new NewsFeed(ctx, 8, top, left - 16, height - top - 8);
    } else this.news = new NewsFeed(ctx, at('news') + A.x, A.y, A.width, A.height);
    const region = this.registry.get(REGISTRY.region) as RegionMap;
    // The whole map where the tab area nearly holds it (a tablet), its names kept at their
    // size; otherwise at full size, opening on Hà Nội, and a drag moves it around the area.
    const fit = Math.min(1, A.width / region.width, A.height / region.height);
    const mapScale = fit >= MIN_MAP_FIT ? fit : 1;
    this.mapEvents = new MapEvents(ctx, region, at('map') + A.x, A.y, mapScale);
    this.tabs = new PortraitTabs(ctx, tabs, bar, area, zoom, tab, () => undefined);
    // The guided first month points at these parts of this layout (the tab area on screen).
    const shownArea = {
      x: area.x + 4,
      y: area.y + 4,
      width: area.width - 12,
      height: area.height - 12,
    };
    // On a phone the news is a tab: the step about it points at that tab's button.
    const gap = 6;
    const tabWidth = (bar.width - gap * (tabs.length - 1)) / tabs.length;
    const newsTab = {
      x: bar.x + tabs.findIndex((t) => t.key === 'news') * (tabWidth + gap),
      y: bar.y,
      width: tabWidth,
      height: 44,
    };
    const newsPanel = split
      ? { x: 8, y: L.drift.y + L.drift.height + 6, width: left - 16, height: 160 }
      : newsTab;
    ctx.guideTargets = {
      goal: null,
      drift: L.drift,
      powers: L.powers,
      // The capital's column of the top bar (the score's starts 140 to its right).
      capital: { x: left - 240, y: 2, width: 134, height: 48 },
      cards: shownArea,
      event: newsPanel,
    };
    if (mapScale === 1) {
      const home = region.anchors.find((a) => a.id === 'hanoi');
      this.tabs.pan(
        'map',
        region.width + A.x,
        region.height,
        home ? { x: A.x + home.x, y: A.y - area.y + home.y } : undefined,
      );
    }
    // Taller than the tab area, the gauges scroll up and down with a drag (no sideways pan).
    if (this.gaugePanel.contentHeight > A.height)
      this.tabs.pan('gauges', 0, this.gaugePanel.contentHeight + 4);
  }

  /** A swipe across the tab area turns the card pages (on the cards tab) or changes tab. */
  private bindSwipe(): void {
    this.input.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      const tabs = this.tabs;
      if (!tabs || tabs.pans || this.ctx.focus.depth() > 0 || !tabs.shows(pointer)) return;
      const dx = pointer.upX - pointer.downX;
      const dy = pointer.upY - pointer.downY;
      if (Math.abs(dx) < 60 * PORTRAIT_ZOOM || Math.abs(dx) < 2 * Math.abs(dy)) return;
      const by = dx < 0 ? 1 : -1;
      if (tabs.selected === 'cards') this.actions.turnPage(by);
      else tabs.step(by);
    });
  }

  /** True while the pointer's last press was a swipe, not a tap (a swipe opens no card). */
  private swiped(): boolean {
    const p = this.input.activePointer;
    return p.wasTouch && Math.hypot(p.upX - p.downX, p.upY - p.downY) > 24 * PORTRAIT_ZOOM;
  }

  /**
   * The viewport turned or was resized: the screen is rebuilt for the new size, from the
   * store (which holds the game), with the tab and the open dialogs as they were.
   */
  private relayout(): void {
    this.carried = {
      dialogs: [...this.open],
      tab: this.tabs?.selected ?? 'cards',
      eventHidden: this.eventHidden,
    };
    this.scene.restart();
  }

  /** Opens again what was open before a re-layout; the flow itself brings back its dialogs. */
  private reopen(dialogs: readonly OpenDialog[]): void {
    for (const d of dialogs) {
      if (d.kind === 'review') this.reviewDue = true;
      if (d.kind === 'end') this.endSeen = false;
    }
    const others = dialogs.filter((d) => d.reopen);
    if (others.length === 0) return;
    // After the flow's own dialog (queued the same way), so they stack as they did.
    this.time.delayedCall(0, () => {
      for (const d of others) d.reopen?.();
    });
  }

  private build(): void {
    const { ctx } = this;
    const { width } = this.scale;
    const L = LAYOUT;
    // Built in keyboard order: top bar, cards, the powers, drift, the other gauges.
    this.topBar = new TopBar(ctx, width, L.topBar.height, this.topBarHandlers());
    ctx.dialogTop = L.topBar.height;
    ctx.undoBounds = () => this.topBar.undoBounds();
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
    ({ powers: this.powers, drift: this.drift } = buildStanding(ctx, L));
    this.gaugePanel = new GaugePanel(ctx, L.gauges.x, L.gauges.y, L.gauges.width, L.gauges.height);
    this.news = new NewsFeed(ctx, L.news.x, L.news.y, L.news.width, L.news.height);
  }

  private topBarHandlers(): TopBarHandlers {
    return {
      canUndo: () => this.undoAvailable(),
      undo: () => this.undo(),
      undoHint: () => {
        const store = this.store().getState();
        const last = store.steps.at(-1)?.action ?? null;
        return undoHint(this.ctx.cs, last, store.undoBlock(), unitWord(this.ctx.cs));
      },
      help: () => this.openHelp(),
      menu: () => this.openMenu(),
      primary: () => this.primary(),
      soundOn: () => !settings().muted,
      toggleSound: () => this.toggleSound(),
    };
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
    if (newMonth && this.seenSteps > 0 && state.phase !== 'over') {
      this.reviewDue = true;
      this.monthCardDue = true;
    }
    const firstDraw = this.seenSteps === 0;
    this.seenSteps = steps.length;

    const gaugeViews = gauges(cs, steps);
    const views = new Map<IndicatorKey, GaugeView>(gaugeViews.map((g) => [g.key, g]));
    const s = status(cs, state);
    const label = this.primaryLabel(state);
    const notice = data.error?.message ?? data.notice;
    const alerts = warnings(cs, state);
    const warning = state.phase === 'over' ? null : (alerts[0]?.short ?? null);
    // The undo button's state follows the history, so the top bar also redraws on its length.
    const capital =
      state.phase === 'over'
        ? null
        : capitalIncomeWords(cs, state.ind['home.capital'], capitalIncome(cs, steps));
    if (this.changed('top', [s, label, notice, warning, steps.length]))
      this.topBar.update(s, label, notice, warning, capital);
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
    const cards = actionCards(cs, state, lastMonthStart(steps, state));
    if (this.changed('actions', cards)) this.actions.update(cards);
    const news = latestNews(cs, steps);
    if (this.changed('news', [s.month, news])) this.news.update(s.month, news);
    const places = newsPlaces(monthNews(cs, steps));
    const earlier = earlierPlaces(cs, steps, state.turn, places);
    if (this.changed('map', [places, earlier])) {
      // A new month's places all pulse; within a month, only those a decision just added.
      const fresh = new Set(
        places.map((p) => p.name).filter((name) => newMonth || firstDraw || !this.marked.has(name)),
      );
      this.marked = new Set(places.map((p) => p.name));
      this.mapEvents.update(places, fresh, earlier);
    }
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
    // Capital that could still buy a card: asked once a turn whether to end it anyway.
    const unspent = unspentCapital(this.ctx.cs, state);
    if (unspent && this.unspentAsked !== state.turn) {
      this.unspentAsked = state.turn;
      this.track(
        'unspent',
        openUnspentDialog(this.ctx, unspent, unitWord(this.ctx.cs), () => this.endTurn()),
      );
      return;
    }
    this.endTurn();
  }

  private endTurn(): void {
    if (this.state()?.phase !== 'actions') return;
    this.store().getState().dispatch({ type: 'end-turn' });
  }

  private undo(): void {
    if (!this.undoAvailable()) return;
    this.eventHidden = false;
    this.store().getState().undo();
  }

  /**
   * Undo acts on the board and over a waiting event (its answer or an earlier one taken back,
   * as on the board); under any other dialog the top bar only shows, so Undo is greyed there.
   */
  private undoAvailable(): boolean {
    const depth = this.ctx.focus.depth();
    const flow = this.flowDialog;
    const overEvent = depth === 1 && flow?.kind === 'event' && flow.dialog.isOpen;
    return (depth === 0 || overEvent) && this.store().getState().canUndo();
  }

  /** Undo follows what is open over the board, from one frame to the next. */
  override update(): void {
    this.topBar?.syncUndo();
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
    if (state?.phase !== 'actions' || this.swiped()) return;
    const steps = this.store().getState().steps;
    const preview = previewAction(this.ctx.cs, state, actionId, lastMonthStart(steps, state));
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
          baselineLabel: STRINGS.game.advisor.baselineCard(unitWord(this.ctx.cs)),
          reopen: () => this.previewCard(actionId),
        },
      ),
      () => this.previewCard(actionId),
    );
  }

  /** True while the flow has a step due that is not yet on the screen (see REGISTRY.settling). */
  private settling(): boolean {
    return this.flowQueued || this.reviewDue || this.monthCardDue || this.monthCardShowing;
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
              scoreExplained(this.ctx.cs, state),
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
    if (this.monthCardDue) {
      this.monthCardDue = false;
      const s = status(this.ctx.cs, state);
      this.monthCardShowing = true;
      showMonthCard(
        this.ctx,
        s.month,
        STRINGS.game.turnOf(s.turn, s.turns, STRINGS.units.title[s.unit]),
        () => {
          this.monthCardShowing = false;
          this.queueFlow();
        },
      );
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
        movers: monthMovers(cs, steps),
        warnings: warnings(cs, state),
        change: monthEndScoreChange(cs, steps),
        capital: capitalIncome(cs, steps),
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
    const dialog = openEventDialog(this.ctx, card, {
      preview: (choiceId) => {
        const now = this.state();
        return now ? previewChoice(cs, now, eventId, choiceId) : null;
      },
      choose: (choiceId) => this.previewChoice(eventId, choiceId),
      hide: () => {
        this.eventHidden = true;
        this.flowDialog = null;
      },
      undo: () => this.undo(),
    });
    this.flowDialog = { kind: 'event', key: eventId, dialog: this.track('event', dialog) };
  }

  private previewChoice(eventId: string, choiceId: string): void {
    const { cs } = this.ctx;
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
          reopen: () => this.previewChoice(eventId, choiceId),
        },
      ),
      () => this.previewChoice(eventId, choiceId),
    );
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
    this.track('help', openHelp(this.ctx), () => this.openHelp());
  }

  private openMenu(): void {
    this.track(
      'menu',
      openMenu(
        this.ctx,
        () => this.scene.start('Title'),
        () => this.openGuide(),
      ),
      () => this.openMenu(),
    );
  }

  /** Keeps the stack of open dialogs, published for the test handle (kind and buttons). */
  private track(kind: string, dialog: Dialog, reopen?: () => void): Dialog {
    // A hover tooltip would float above the dialog (it sits on a higher layer).
    this.ctx.tooltip.hide();
    this.open.push({ kind, dialog, ...(reopen ? { reopen } : {}) });
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
    const spot = top ? spotlitOf(top.dialog) : null;
    this.registry.set(
      REGISTRY.dialog,
      top
        ? {
            kind: top.kind,
            ...(spot
              ? { spotlight: spot.target, panel: spot.panel }
              : { panel: top.dialog.panelBounds() }),
            buttons: top.dialog.buttons.map((b) => {
              const r = b.bounds();
              return { x: r.x, y: r.y, width: r.width, height: r.height, enabled: b.enabled() };
            }),
          }
        : null,
    );
  }
}

/** The tablet board's left column: the top bar, the powers, the bamboo meter and the news. */
const TABLET_LEFT = 390;

/**
 * The least scale the map is shrunk to so the tab area shows it whole (a tablet's, about 0.8):
 * smaller (a phone's, about half), its places crowd and it pans at full size instead.
 */
const MIN_MAP_FIT = 0.7;

interface OpenDialog {
  readonly kind: string;
  readonly dialog: Dialog;
  /** Opens it again after a re-layout; none for the flow's dialogs, which the flow reopens. */
  readonly reopen?: () => void;
}

/** True when the newest decision ended a month. */
function endedMonth(steps: readonly Step[]): boolean {
  return steps.at(-1)?.action?.type === 'end-turn';
}

/** The state last month began in: the prices the player saw then. */
function lastMonthStart(steps: readonly Step[], state: GameState): GameState | undefined {
  if (state.turn === 0) return undefined;
  return steps[turnStarts(steps)[state.turn - 1] ?? -1]?.state;
}
