import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine';
import { previewLines } from '../../src/ui/game/decision-preview';
import { type FitLine, fitLines } from '../../src/ui/game/preview-fit';
import { previewChoice, signed, trendText } from '../../src/view';
import { loadShipped } from '../helpers';

/** A text's height, roughly as Phaser wraps it in a pane this wide. */
const measureIn = (width: number) => (line: FitLine) => {
  const perLine = Math.max(1, Math.floor((width - (line.indent ?? 0)) / (line.size * 0.55)));
  return Math.ceil(Math.max(1, line.text.length) / perLine) * Math.round(line.size * 1.35);
};

/** Every text drawn, folded lines included. */
const drawn = (lines: readonly FitLine[], max: number, width: number) =>
  fitLines(lines, max, measureIn(width))
    .filter((p) => !p.cut)
    .map((p) => p.line.text)
    .join('\n');

describe('a preview that gives way to a short pane', () => {
  it('keeps a section’s effects in one folded line under its heading', () => {
    const lines: FitLine[] = [
      { text: 'A long description of the choice. '.repeat(8), size: 14, rank: 3 },
      { text: 'AT ONCE', size: 11, rank: 0, group: 'certain', heads: true },
      { text: '▲ +10 Relations with Washington', size: 13, rank: 1, group: 'certain' },
      { text: '▲ +4 US market access', size: 13, rank: 1, group: 'certain' },
      { text: 'RISKS', size: 11, rank: 0, gap: 6 },
      { text: '50% chance: Beijing asks for an explanation.', size: 13, rank: 0 },
    ];
    const text = drawn(lines, 90, 420);
    expect(text).toContain('AT ONCE\n▲ +10 Relations with Washington · ▲ +4 US market access');
    expect(text).not.toContain('A long description');
    expect(text).toContain('50% chance');
  });

  it('never draws past its height, and never loses a figure while room is left for it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 500 }), fc.integer({ min: 1, max: 6 }), (max, n) => {
        const lines: FitLine[] = [
          { text: 'HEAD', size: 11, rank: 0, group: 'g', heads: true },
          ...Array.from({ length: n }, (_, i) => ({
            text: `▲ +${i + 1} Gauge ${i}`,
            size: 13,
            rank: 1,
            group: 'g',
          })),
        ];
        const measure = measureIn(300);
        const placed = fitLines(lines, max, measure);
        for (const p of placed) if (!p.cut) expect(p.y + measure(p.line)).toBeLessThanOrEqual(max);
        const text = placed
          .filter((p) => !p.cut)
          .map((p) => p.line.text)
          .join('\n');
        if (!placed.some((p) => p.cut))
          for (let i = 0; i < n; i++) expect(text).toContain(`+${i + 1} Gauge ${i}`);
      }),
    );
  });

  it('shows every answer’s certain effects on the historical path of 2023, in the hover pane', () => {
    const cs = loadShipped('2023');
    const path = historicalPath(cs, 'hanoi-2023');
    expect(path).not.toBeNull();
    let checked = 0;
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
          const lines = previewLines(preview, { withText: true, capital: 8 });
          // The hover pane beside the event's text: 424 wide, its body 250 to 410 high.
          for (const max of [250, 330, 410]) {
            const text = drawn(lines, max, 424);
            for (const e of preview.certain) {
              expect(text, `${key} in ${max}px`).toContain(
                `${trendText(e.delta, signed(e.delta))}  ${e.label}`,
              );
            }
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
