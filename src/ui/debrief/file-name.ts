/** `bamboo-debrief-<scenario>-<seed>.png`, with the seed made safe for any file system. */
export function debriefFileName(scenarioId: string, seed: string): string {
  const safe = seed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `bamboo-debrief-${scenarioId}-${safe || 'seed'}.png`;
}

/** "January 2023" → "Jan"; other turn labels become their number. */
export function shortTurnLabel(label: string, index: number): string {
  const month = /^([A-Z][a-z]{2})[a-z]* \d{4}$/.exec(label);
  return month?.[1] ?? String(index + 1);
}
