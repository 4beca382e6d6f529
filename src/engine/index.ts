/** The engine's public API: pure, deterministic, the same in Node and the browser. */
export * from './advisor';
export { type PlayerWays, playerPolicy } from './advisor-player';
export { ADVISOR_STYLES } from './advisor-styles';
export { advisorStylesFor, playerTendencies } from './advisor-tendencies';
export * from './bots';
export { baseIncome, growthIncome } from './capital';
export { type CompiledScenario, compileScenario, scenarioHash, turnOfDate } from './compile';
export { type StateReader, stateReader } from './conditions';
export { redLinesCrossedBy, redLinesStanding } from './doctrine';
export { collapseOf, type Judge, outcomeIds, scoreOf } from './endings';
export { allSources, type EventWords, eventWords } from './event-words';
export type { Cause, Change, Explanation, News, NewsKind, TierChange } from './explain';
export {
  type ApplyError,
  type ApplyResult,
  actionCost,
  apply,
  isOver,
  legalActions,
  newGame,
  repeatScale,
  score,
  whyNotChoose,
  whyNotPlay,
} from './game';
export { canonicalJson, hashJson, hashString } from './hash';
export { historicalPath, type PlayedPath } from './historical-path';
export * from './indicators';
export { MAX_STEPS, type PlayedGame, playGame, policyRng, replayOf } from './play';
export * from './replay';
export { PLACE_MARKS, type PlaceMark, type RedLine } from './scenario';
export {
  capitulationBite,
  concededAt,
  type LeanSignals,
  leanSignals,
  signalTable,
} from './signals';
export { type SimOptions, simulate } from './sim';
export { RULE_IDS, type RuleId, type Source, type SourceId, sourceOf } from './sources';
export * from './state';
export {
  indicatorRange,
  isIndicatorOf,
  powersOf,
  type Vocabulary,
  vocabularyOf,
} from './vocabulary';
