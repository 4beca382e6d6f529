/** View models: engine state turned into what screens draw. Pure, no Phaser, tested in Node. */
export * from './causes';
export * from './debrief';
export * from './format';
export * from './gauges';
export * from './labels';
export * from './news';
export * from './preview';
