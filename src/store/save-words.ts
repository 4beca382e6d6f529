/** A save problem in the player's language, read at the moment it is shown. */
import { TEXT } from '../i18n';
import type { SaveProblem } from './save-problem';

export function describeSaveProblem(problem: SaveProblem): string {
  const why = TEXT.view.save.why;
  switch (problem.kind) {
    case 'damaged':
      return why.damaged(problem.detail);
    case 'scenario-missing':
      return why.missing(problem.id);
    case 'no-replay':
      return why.noReplay(problem.detail);
    case 'changed': {
      const { engine, scenario } = problem;
      const e = engine ? why.engine(engine.made, engine.runs) : null;
      const s = scenario ? why.scenario(scenario.id, scenario.made, scenario.now) : null;
      return e && s ? why.both(e, s) : (e ?? s ?? '');
    }
    default: {
      const unknown: never = problem;
      return String(unknown);
    }
  }
}

/** What the player is told when their save could not be continued and was set aside (or held). */
export function setAsideNotice(problem: SaveProblem, kept: boolean): string {
  return TEXT.view.save.cannotContinue(describeSaveProblem(problem), kept);
}
