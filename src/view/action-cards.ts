/**
 * The action cards as the game screen lists them: every action, in the scenario's own order
 * (grouped by its author), the month's dealt hand first when the rules deal one, so the first
 * page holds what can be played. Within a month the order never changes (the hand is dealt
 * once, at its start), so a card keeps its place after every play and the player's eye and
 * keyboard find it where it was.
 */
import { type ApplyError, type CompiledScenario, type GameState, whyNotPlay } from '../engine';
import { blockReason, blockTag } from './block-reason';
import { unmetConditions } from './condition-text';
import { CATEGORY_LABELS } from './labels';
import { playedTag, playedTagShort, playedTurnName } from './played-when';
import { type Price, priceOf } from './price';
import { turnUnitOf } from './turn-unit';

export interface ActionCardView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly category: string;
  readonly categoryLabel: string;
  readonly cost: number;
  /** The price and what raised it: the tile shows the same figure as the preview, and why. */
  readonly price: Price;
  /** Why it cannot be played now, or null when it can. */
  readonly blocked: string | null;
  /**
   * The reason in a word or two for the card's face ("locked"; for a card played already, when:
   * "done in Jan · rests 2"); null for the price.
   */
  readonly tag: string | null;
  /** The tag for a face too narrow for it ("rests 2"), or null when it has no shorter form. */
  readonly tagShort: string | null;
  /**
   * Whether the face shows a price: not on a card already played this turn or game, whose
   * price now (raised by the play itself) is not what was paid and not what it will cost.
   */
  readonly priced: boolean;
}

/** Conditions a card's tooltip lists before it says how many more there are. */
const CARD_CONDITIONS = 2;

/** `earlier`: the state last month began in, for a price that moved since. */
export function actionCards(
  cs: CompiledScenario,
  state: GameState,
  earlier?: GameState,
): ActionCardView[] {
  const hand = state.hand ? new Set(state.hand) : null;
  const actions = hand
    ? [
        ...cs.scenario.actions.filter((a) => hand.has(a.id)),
        ...cs.scenario.actions.filter((a) => !hand.has(a.id)),
      ]
    : cs.scenario.actions;
  return actions.map((action) => {
    const price = priceOf(cs, action, state, earlier);
    const cost = price.cost;
    // Once the year is over no card waits on an event: each says the year is over.
    const why: ApplyError | null =
      state.phase === 'over'
        ? { code: 'game-over', message: 'the game is over' }
        : whyNotPlay(cs, state, action);
    return {
      id: action.id,
      title: action.title,
      text: action.text,
      category: action.category,
      categoryLabel: CATEGORY_LABELS[action.category] ?? action.category,
      cost,
      price,
      tag: playedTag(cs, state, action.id, why) ?? blockTag(why),
      tagShort: playedTagShort(why),
      // Nor while an event waits: its face says to answer first, not what looks like a price
      // out of reach.
      priced:
        !(why?.code === 'already-played' && why.within !== 'recently') &&
        why?.code !== 'wrong-phase' &&
        why?.code !== 'game-over',
      // The card's tooltip names two conditions; its preview (Enter) lists them all.
      blocked: blockReason(
        why,
        unmetConditions(cs, state, action.requires),
        turnUnitOf(cs),
        CARD_CONDITIONS,
        playedTurnName(cs, state, action.id),
      ),
    };
  });
}
