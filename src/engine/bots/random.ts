import { registerPacked } from '../sim';
import type { Policy } from './policy';
import { pickOne } from './policy';

/** Any legal decision, uniformly: sometimes inspired, sometimes ruinous. */
export const randomPolicy: Policy = {
  name: 'random',
  description: 'picks uniformly among the legal decisions (seeded)',
  choose: (_cs, _state, legal, rand) => pickOne(legal, rand),
};
registerPacked(randomPolicy, (_cs, _p, legal, rand) => pickOne(legal, rand));
