/** Share links, launch links and class codes: pure, for the browser and the command line. */
export * from './class-code';
export * from './class-invite';
export * from './launch-url';
export * from './replay-url';
