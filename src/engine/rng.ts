/**
 * Seeded randomness that lives inside the game state: seedrandom's Alea,
 * seeding and stepping both written as plain functions on its plain state, so
 * that the engine never holds a generator object and a saved game continues
 * exactly where it stopped. (seedrandom's own seeding builds closures and a
 * generator for every seed: a tenth of a simulated game's time; the tests
 * check that this one gives the same states.)
 */

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** Baagøe's Mash hash, as Alea seeds with it: `n` carries over from one call to the next. */
class Mash {
  // Declared, not defined: see RngCursor.
  declare private n: number;

  constructor(n = 0xefc8249d) {
    this.n = n;
  }

  /** Where the hash stands: a later Mash can start from here. */
  get state(): number {
    return this.n;
  }

  hash(data: string): number {
    let n = this.n;
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    this.n = n;
    return (n >>> 0) * 2.3283064365386963e-10;
  }
}

/** The state `seedrandom.alea(seed, { state: true }).state()` gives. */
/** seedrandom.alea hashes ' ' three times before the seed: the same for every seed, so done once. */
const PRIMED = (() => {
  const mash = new Mash();
  const s0 = mash.hash(' ');
  const s1 = mash.hash(' ');
  const s2 = mash.hash(' ');
  return { n: mash.state, s0, s1, s2 };
})();

export function seedRng(seed: string): RngState {
  const mash = new Mash(PRIMED.n);
  let s0 = PRIMED.s0;
  let s1 = PRIMED.s1;
  let s2 = PRIMED.s2;
  s0 -= mash.hash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash.hash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash.hash(seed);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/**
 * A mutable cursor over an RngState, used within one `apply` or one simulated game.
 *
 * Its fields are declared, not defined: a defined class field starts out
 * `undefined`, and V8 then keeps the field as a general one, boxing every
 * fraction written to it in a fresh heap number. Declared, each is born a
 * number and stays one, so a draw allocates nothing (half its time, and
 * draws are the commonest step of a simulated game).
 */
export class RngCursor {
  declare private c: number;
  declare private s0: number;
  declare private s1: number;
  declare private s2: number;
  declare draws: number;

  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.draws = 0;
  }

  /** A float in [0, 1), identical to seedrandom.alea's `()` output. */
  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    this.draws++;
    return this.s2;
  }

  /** Continues from `state` instead (a simulation's dice replaced). */
  reset(state: RngState): void {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.draws = 0;
  }

  /** Continues where `other` stands, as a cursor made from its state would (no draws yet). */
  copyFrom(other: RngCursor): void {
    this.c = other.c;
    this.s0 = other.s0;
    this.s1 = other.s1;
    this.s2 = other.s2;
    this.draws = 0;
  }

  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}
