/** View models: engine state turned into what screens draw. Pure, no Phaser, tested in Node. */

export * from '../i18n/turn-label';
export * from './action-cards';
export * from './block-reason';
export * from './capital-income';
export * from './causes';
export * from './citation';
export * from './class-csv';
export * from './condition-text';
export * from './debrief';
export * from './end-tiers';
export * from './event-card';
export * from './forecast';
export * from './format';
export * from './gauge-display';
export * from './gauges';
export * from './labels';
export * from './news';
export * from './news-places';
export * from './preview';
export * from './price';
export * from './score-change';
export * from './sliding';
export * from './sources-page';
export * from './status';
export * from './unspent';
export * from './warnings';
