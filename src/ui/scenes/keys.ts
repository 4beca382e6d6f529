/** Registry keys shared between scenes. */
export const REGISTRY = {
  region: 'region',
} as const;
