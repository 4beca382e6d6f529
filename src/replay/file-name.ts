/**
 * A replay file's name: `bamboo-<scenario>-<seed>-<player>.json`, so a teacher
 * collecting a class's files can tell whose is whose at a glance. Names are
 * typed by students: accents are folded and anything a file system or an LMS
 * might choke on becomes a dash.
 */
function safePart(text: string, max: number): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

export function replayFileName(scenarioId: string, seed: string, player = ''): string {
  const parts = ['bamboo', safePart(scenarioId, 40) || 'scenario', safePart(seed, 40) || 'seed'];
  const name = safePart(player, 60);
  if (name) parts.push(name);
  return `${parts.join('-')}.json`;
}
