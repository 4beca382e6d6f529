/** The classroom loop's data side: verify a class's replays, chart their paths, export CSV. */

export * from './bot-reference';
export * from './chart';
export * from './claims';
export * from './class-filter';
export * from './key-decisions';
export * from './paths';
export * from './verify';
