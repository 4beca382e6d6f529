/**
 * The hand: with the rules' `cards.hand` set, each turn deals that many
 * cards from those the player could otherwise play, and only those can be
 * played that turn. A fixed routine then meets a different menu every month,
 * so planning has to adapt to what is dealt (Twilight Struggle's lesson).
 *
 * The deal draws from the game's own dice, after the turn's events, so a
 * seed and its decisions replay to the same hands. With no hand rule the
 * state carries no hand and no dice are drawn: older games play as before.
 */
import type { CompiledScenario } from './compile';
import { holdsAt } from './conditions';
import type { Packed } from './packed';
import type { ActionTable } from './tables';

/** The rule's hand size, 0 when every card is open every turn. */
export function handSize(cs: CompiledScenario): number {
  return cs.scenario.rules.cards.hand ?? 0;
}

/** Whether a card may be played as far as the hand is concerned. */
export function inHand(p: Packed, t: ActionTable): boolean {
  return p.hand === null || p.dealt[t.index] === 1;
}

/** Reused between deals: a deal never nests in another. */
const pool: number[] = [];

/**
 * Cards a deal may give: not resting, not a once-a-game card already used,
 * conditions holding. A deal asks this of every card each turn, so the
 * checks a plain card needs (its rest) come first and it stops there.
 */
function eligible(p: Packed, t: ActionTable, turn: number): boolean {
  const last = p.lastTurn[t.slot] as number;
  if (last >= 0 && turn - last <= t.cooldown) return false;
  if (t.plain) return true;
  if (t.once && (p.counts[t.slot] as number) > 0) return false;
  return holdsAt(t.requires, p);
}

/**
 * Deals the turn's hand (a plain draw without replacement, listed in the
 * scenario's card order). All eligible cards are dealt, drawing no dice,
 * when there are no more of them than the hand holds.
 */
export function deal(p: Packed, cs: CompiledScenario): void {
  const size = handSize(cs);
  const hand = p.hand;
  if (size <= 0 || hand === null) return;
  const actions = cs.tables.actions;
  // Only the last hand's cards are marked: unmark those rather than the whole row.
  const dealt = p.dealt;
  for (let k = 0; k < hand.length; k++) dealt[hand[k] as number] = 0;
  p.handListed = null;
  let n = 0;
  const turn = p.turn;
  for (let i = 0; i < actions.length; i++)
    if (eligible(p, actions[i] as ActionTable, turn)) pool[n++] = i;
  if (n > size) {
    // A partial Fisher-Yates: the first `size` places end up a uniform draw.
    for (let k = 0; k < size; k++) {
      const j = k + Math.floor(p.rng.next() * (n - k));
      const tmp = pool[k] as number;
      pool[k] = pool[j] as number;
      pool[j] = tmp;
    }
    n = size;
  }
  // Back into card order (an insertion sort: a hand is a handful of cards).
  for (let k = 1; k < n; k++) {
    const card = pool[k] as number;
    let j = k - 1;
    while (j >= 0 && (pool[j] as number) > card) {
      pool[j + 1] = pool[j] as number;
      j--;
    }
    pool[j + 1] = card;
  }
  // The new hand is written over the last one (usually as long): no list shrinks and regrows.
  for (let k = 0; k < n; k++) {
    const card = pool[k] as number;
    dealt[card] = 1;
    hand[k] = card;
  }
  while (hand.length > n) hand.pop();
}
