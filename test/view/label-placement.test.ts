/**
 * Map labels placed by priority: none overlaps another or an obstacle, all lie inside the map,
 * and a label is only ever shortened or left out for labels at least as important as itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  boxesOverlap,
  boxInside,
  type LabelRequest,
  placeLabels,
  slideInside,
} from '../../src/view';

const BOUNDS: Box = { x: 0, y: 0, width: 300, height: 200 };

const box = fc.record({
  x: fc.integer({ min: -40, max: 320 }),
  y: fc.integer({ min: -30, max: 220 }),
  width: fc.integer({ min: 4, max: 120 }),
  height: fc.integer({ min: 4, max: 40 }),
});

const requests = fc
  .array(
    fc.record({
      priority: fc.integer({ min: 0, max: 5 }),
      forms: fc.array(fc.array(box, { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    { maxLength: 25 },
  )
  .map((rs) => rs.map((r, i): LabelRequest => ({ id: `l${i}`, ...r })));

const options = fc.record({
  obstacles: fc.array(box, { maxLength: 5 }),
  slack: fc.constantFrom(0, 3),
  reach: fc.constantFrom(0, 10, 40),
  spacing: fc.constantFrom(0, 5),
});

/** The boxes a request's form could take: each as it is when inside, and slid inside. */
function candidates(form: readonly Box[], reach: number): Box[] {
  return form.flatMap((b) => {
    const out: Box[] = [];
    if (boxInside(b, BOUNDS)) out.push(b);
    const slid = reach > 0 ? slideInside(b, BOUNDS, reach) : null;
    if (slid) out.push(slid);
    return out;
  });
}

describe('placeLabels', () => {
  it('never overlaps two labels, nor a label and an obstacle, and keeps every label inside', () => {
    fc.assert(
      fc.property(requests, options, (rs, o) => {
        const { placed, dropped } = placeLabels(rs, BOUNDS, o);
        expect(placed.length + dropped.length).toBe(rs.length);
        for (const p of placed) {
          expect(boxInside(p.box, BOUNDS)).toBe(true);
          for (const q of o.obstacles) expect(boxesOverlap(p.box, q, o.slack)).toBe(false);
          // Side by side, two labels keep `spacing` apart.
          const wide = { ...p.box, x: p.box.x - o.spacing, width: p.box.width + 2 * o.spacing };
          for (const q of placed)
            if (q !== p) expect(boxesOverlap(wide, q.box, o.slack)).toBe(false);
          // It took one of its own boxes, slid no further than allowed.
          const own = rs.find((r) => r.id === p.id)?.forms[p.form]?.[p.spot] as Box;
          expect(p.box.width).toBe(own.width);
          expect(Math.abs(p.box.x - own.x)).toBeLessThanOrEqual(o.reach);
          expect(Math.abs(p.box.y - own.y)).toBeLessThanOrEqual(o.reach);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('shortens or drops a label only for labels at least as important, or an obstacle', () => {
    fc.assert(
      fc.property(requests, options, (rs, o) => {
        const { placed, dropped } = placeLabels(rs, BOUNDS, o);
        const wide = (b: Box) => ({ ...b, x: b.x - o.spacing, width: b.width + 2 * o.spacing });
        const blocked = (b: Box, priority: number) =>
          o.obstacles.some((q) => boxesOverlap(b, q, o.slack)) ||
          placed.some((p) => p.priority >= priority && boxesOverlap(wide(b), p.box, o.slack));
        for (const id of dropped) {
          const r = rs.find((x) => x.id === id) as LabelRequest;
          for (const form of r.forms)
            for (const c of candidates(form, o.reach)) expect(blocked(c, r.priority)).toBe(true);
        }
        for (const p of placed) {
          const r = rs.find((x) => x.id === p.id) as LabelRequest;
          for (const form of r.forms.slice(0, p.form))
            for (const c of candidates(form, o.reach)) expect(blocked(c, r.priority)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the more important of two labels that want the same place', () => {
    const spot = { x: 10, y: 10, width: 50, height: 12 };
    const { placed, dropped } = placeLabels(
      [
        { id: 'sea', priority: 1, forms: [[spot]] },
        { id: 'capital', priority: 9, forms: [[spot]] },
      ],
      BOUNDS,
    );
    expect(placed.map((p) => p.id)).toEqual(['capital']);
    expect(dropped).toEqual(['sea']);
  });

  it('tries the next side, then the shorter name, then slides a name back inside the edge', () => {
    const taken = { x: 100, y: 100, width: 60, height: 12 };
    const right = { x: 100, y: 100, width: 60, height: 12 };
    const left = { x: 20, y: 100, width: 60, height: 12 };
    expect(
      placeLabels(
        [
          { id: 'a', priority: 5, forms: [[taken]] },
          { id: 'b', priority: 1, forms: [[right, left]] },
        ],
        BOUNDS,
      ).placed[1],
    ).toMatchObject({ id: 'b', form: 0, spot: 1 });
    const long = { x: 100, y: 100, width: 90, height: 12 };
    const short = { x: 165, y: 100, width: 30, height: 12 };
    expect(
      placeLabels(
        [
          { id: 'a', priority: 5, forms: [[taken]] },
          { id: 'b', priority: 1, forms: [[long], [short]] },
        ],
        BOUNDS,
      ).placed[1],
    ).toMatchObject({ id: 'b', form: 1 });
    const edge = { x: 280, y: 50, width: 40, height: 12 };
    expect(
      placeLabels([{ id: 'c', priority: 1, forms: [[edge]] }], BOUNDS, { reach: 30 }).placed[0]
        ?.box,
    ).toEqual({
      ...edge,
      x: 260,
    });
    expect(placeLabels([{ id: 'c', priority: 1, forms: [[edge]] }], BOUNDS).dropped).toEqual(['c']);
  });
});
