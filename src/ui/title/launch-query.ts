/**
 * `?scenario=<id>&seed=<text>` starts a new game directly (a teacher's link).
 * The classroom's share module may replace this with its own `parseLaunchUrl`.
 */
export interface LaunchRequest {
  readonly scenario: string;
  /** Null when the link names only a scenario: its default seed is used. */
  readonly seed: string | null;
}

/** Seeds are typed by people; anything longer is not a seed someone meant. */
export const MAX_SEED_LENGTH = 64;

export function parseLaunchQuery(search: string): LaunchRequest | null {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario')?.trim() ?? '';
  if (scenario === '') return null;
  const seed = params.get('seed');
  return {
    scenario,
    seed: seed === null || seed.trim() === '' ? null : seed.slice(0, MAX_SEED_LENGTH),
  };
}
