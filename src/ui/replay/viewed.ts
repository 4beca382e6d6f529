/**
 * What the replay screens hand to each other between scenes, as the scenes read it: a thin
 * view over the session store (src/store/session-store.ts), apart from the game store so that
 * looking at a replay never touches the player's own game or its autosave.
 */
import type { PendingComparison, ViewedReplay } from '../../store';
import { app } from '../app';

export type { PendingComparison, ViewedReplay } from '../../store';

export function showInViewer(replay: ViewedReplay | null): void {
  app().session.getState().showInViewer(replay);
}

export function viewedReplay(): ViewedReplay | null {
  return app().session.getState().viewed;
}

export function rememberBranch(pending: PendingComparison | null): void {
  app().session.getState().rememberBranch(pending);
}

export function pendingComparison(): PendingComparison | null {
  return app().session.getState().comparison;
}
