/**
 * Seeded randomness that lives inside the game state. Seeding uses
 * seedrandom's Alea; stepping is the same Alea recurrence written as a pure
 * function on its plain state, so that the engine never holds a generator
 * object and a saved game continues exactly where it stopped.
 */
import seedrandom from 'seedrandom';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export function seedRng(seed: string): RngState {
  const { c, s0, s1, s2 } = seedrandom.alea(seed, { state: true }).state();
  return { c, s0, s1, s2 };
}

/** A mutable cursor over an RngState, used within one `apply`. */
export class RngCursor {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  draws = 0;

  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
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

  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}
