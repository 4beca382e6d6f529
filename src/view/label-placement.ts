/**
 * Where a map's labels go, by priority. Each label offers the forms it can take (its full name,
 * then shorter ones) and, for each, the boxes it may cover, best first (beside its place on one
 * side, then another). Labels are placed most important first; each takes its first box, in
 * its longest form that has one, that stays inside the map and touches neither a label already
 * placed nor an obstacle (a place's dot, a news mark). A box that crosses the map's edge may be
 * slid back inside. A label with no such box in any form is left out. So a label is only ever
 * shortened or left out for labels at least as important as itself, and no two placed labels
 * overlap, all inside the map.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly id: string;
  /** Higher is placed first; equal priorities keep their order. */
  readonly priority: number;
  /** The label's forms, longest first; each with the boxes it may cover, best first. */
  readonly forms: readonly (readonly Box[])[];
}

export interface PlacedLabel {
  readonly id: string;
  readonly priority: number;
  /** Which form and which of its boxes it took; `box` is that box, slid inside if it had to be. */
  readonly form: number;
  readonly spot: number;
  readonly box: Box;
}

export interface Placement {
  readonly placed: readonly PlacedLabel[];
  /** The ids of the labels left out, most important first. */
  readonly dropped: readonly string[];
}

/**
 * True when two boxes share more than `slack` pixels both ways: a text's box holds room for
 * diacritics above and descenders below, so boxes a few pixels into each other do not make
 * letters touch.
 */
export function boxesOverlap(a: Box, b: Box, slack = 0): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > slack && h > slack;
}

/** Whether `box` lies wholly inside `bounds`. */
export function boxInside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/**
 * `box` slid the least way that puts it inside `bounds`, or null when it is larger than them
 * or would have to slide further than `reach` (a name pushed far from its place names nothing).
 */
export function slideInside(box: Box, bounds: Box, reach: number): Box | null {
  if (box.width > bounds.width || box.height > bounds.height) return null;
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + bounds.width - box.width);
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + bounds.height - box.height);
  if (Math.abs(x - box.x) > reach || Math.abs(y - box.y) > reach) return null;
  return { x, y, width: box.width, height: box.height };
}

export interface PlaceOptions {
  /** Boxes no label may cover. */
  readonly obstacles?: readonly Box[];
  /** Pixels two boxes may share and still not count as overlapping (see boxesOverlap). */
  readonly slack?: number;
  /** How far a box may slide to come inside the bounds; 0 never slides. */
  readonly reach?: number;
  /**
   * Pixels kept clear between two labels side by side (not between a label and an obstacle):
   * names that touch end to end read as one.
   */
  readonly spacing?: number;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  options: PlaceOptions = {},
): Placement {
  const obstacles = options.obstacles ?? [];
  const slack = options.slack ?? 0;
  const reach = options.reach ?? 0;
  const spacing = options.spacing ?? 0;
  const widened = (b: Box): Box => ({ ...b, x: b.x - spacing, width: b.width + 2 * spacing });
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.priority - a.r.priority || a.i - b.i)
    .map((x) => x.r);
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const free = (box: Box) =>
    !placed.some((p) => boxesOverlap(p.box, widened(box), slack)) &&
    !obstacles.some((o) => boxesOverlap(o, box, slack));
  for (const request of order) {
    const spot = firstFree(request, bounds, reach, free);
    if (spot) placed.push({ id: request.id, priority: request.priority, ...spot });
    else dropped.push(request.id);
  }
  return { placed, dropped };
}

/**
 * A request's first box that is inside and free, in its longest form that has one: each form's
 * boxes as they are first, then slid inside.
 */
function firstFree(
  request: LabelRequest,
  bounds: Box,
  reach: number,
  free: (box: Box) => boolean,
): { form: number; spot: number; box: Box } | null {
  for (let form = 0; form < request.forms.length; form++) {
    const spots = request.forms[form] as readonly Box[];
    for (let spot = 0; spot < spots.length; spot++) {
      const box = spots[spot] as Box;
      if (boxInside(box, bounds) && free(box)) return { form, spot, box };
    }
    if (reach <= 0) continue;
    for (let spot = 0; spot < spots.length; spot++) {
      const box = slideInside(spots[spot] as Box, bounds, reach);
      if (box && free(box)) return { form, spot, box };
    }
  }
  return null;
}
