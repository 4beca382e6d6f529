/**
 * A preview's lines hold all it has to say, whatever the room: every certain effect, every
 * chance under the heading of its kind, and its effects under it. The screens scroll a preview
 * that is taller than their room (widgets/scroll-pane.ts) instead of leaving lines out.
 */
import { describe, expect, it } from 'vitest';
import { historicalPath, newGame } from '../../src/engine';
import { TEXT } from '../../src/i18n';
import { previewLines } from '../../src/ui/game/decision-preview';
import {
  blockedLine,
  type ChanceKind,
  previewAction,
  previewChoice,
  signed,
  trendText,
} from '../../src/view';
import { loadShipped } from '../helpers';

const HEADINGS = TEXT.game.preview.chances;
const headingOf = (kind: ChanceKind) => HEADINGS[kind].toUpperCase();

describe('the lines of a preview', () => {
  it('hold every effect and every chance of every answer on the historical path of 2023', () => {
    const cs = loadShipped('2023');
    const path = historicalPath(cs, 'hanoi-2023');
    expect(path).not.toBeNull();
    let checked = 0;
    let chances = 0;
    const seen = new Set<string>();
    for (const step of path?.steps ?? []) {
      const state = step.state;
      for (const eventId of state.pending) {
        for (const choice of cs.events.get(eventId)?.choices ?? []) {
          const key = `${state.turn}:${eventId}:${choice.id}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const preview = previewChoice(cs, state, eventId, choice.id);
          if (!preview) continue;
          const lines = previewLines(preview, { withText: true, capital: 8 }).map((l) => l.text);
          // What blocks it first, then what it is.
          expect(lines[0], key).toBe(
            preview.blocked ? blockedLine(preview.blocked) : (preview.text ?? lines[0]),
          );
          for (const e of [...preview.certain, ...preview.signals])
            expect(lines, key).toContain(`${trendText(e.delta, signed(e.delta))}  ${e.label}`);
          for (const chance of preview.chances) {
            chances += 1;
            const at = lines.findIndex((l) => l.endsWith(chance.text));
            expect(at, `${key}: ${chance.text}`).toBeGreaterThan(0);
            // Its heading is the nearest one above it.
            const above = lines
              .slice(0, at)
              .findLast((l) => l === l.toUpperCase() && /\p{L}/u.test(l));
            expect(above, key).toBe(headingOf(chance.kind));
            chance.effects.forEach((e, i) => {
              expect(lines[at + 1 + i], key).toBe(
                `${trendText(e.delta, signed(e.delta))}  ${e.label}`,
              );
            });
          }
          expect(lines.some((l) => l === '…')).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(chances).toBeGreaterThan(5);
  });
});

describe('a red line of the four nos in a preview', () => {
  it('is said above the certain effects, so a long preview cannot hide it below the fold', () => {
    const cs = loadShipped('2023');
    const preview = previewAction(cs, newGame(cs, 'red-line').state, 'trong-to-beijing');
    const warning = preview?.redLines[0]?.text;
    expect(warning).toBeDefined();
    const lines = preview ? previewLines(preview, { withText: true }).map((l) => l.text) : [];
    const at = lines.indexOf(`⚠ ${warning}`);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.indexOf(TEXT.game.preview.certain.toUpperCase()));
  });
});
