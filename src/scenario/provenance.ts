/**
 * Checks that keep the history honest, run by `bamboo check` over every
 * scenario: an event that claims to be real cites a source, a source is a
 * publication and not a research note, and nothing a player reads carries the
 * labels of the research behind it ("seed S1", "fact sheet", "§4.2", file
 * paths). The loader does not run them: a classroom's own scenario still
 * plays, `check` tells its author what to fix.
 */

import type { CrossProblem } from './crossref';
import type { Scenario, Source } from './schema';

/** Labels and marks of internal research notes that must never reach players. */
const RESEARCH_LABELS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bfact[ -]?sheet\b/i, what: 'the research fact sheet' },
  { pattern: /\bresearch note\b/i, what: 'a research note' },
  { pattern: /\bseed (?:article|file|S\d)/i, what: 'a seed-article label' },
  { pattern: /\bS[0-9]\b/, what: 'a seed-article label such as "S1"' },
  { pattern: /\[R\d+[a-z]?\]/, what: 'a reference label such as "[R12]"' },
  { pattern: /§\s*\d/, what: 'a section label such as "§4.2"' },
  { pattern: /[✅❓]/u, what: 'a confidence mark of the research notes' },
  { pattern: /\bshared\/|\bfacts\//, what: 'a path to internal notes' },
  {
    pattern: /(?:^|[\s(])(?:\.{0,2}\/)?(?:[\w.-]+\/)+[\w.-]+\.(?:md|txt|json|ts)\b/,
    what: 'a file path',
  },
  { pattern: /(?:^|[\s(])\/(?:work|home|tmp|Users|mnt)\//, what: 'a local path' },
  { pattern: /\bfile:\/\//i, what: 'a local file address' },
];

/** What in `text` reads as a research label, or null when it is clean. */
export function researchLabelIn(text: string): string | null {
  for (const { pattern, what } of RESEARCH_LABELS) {
    const match = pattern.exec(text);
    if (match) return `${what} ("${match[0].trim()}")`;
  }
  return null;
}

/** Keys whose values are identifiers or addresses, not prose a player reads. */
const NOT_PROSE = new Set(['id', '$schema', 'defaultSeed', 'url', 'turn', 'fromTurn', 'toTurn']);

export function provenanceCheck(s: Scenario): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  s.randomEvents.events.forEach((ev, i) => {
    const path = `randomEvents.events[${i}] "${ev.id}"`;
    if (!ev.whatIf && (ev.sources?.length ?? 0) === 0) {
      report(
        path,
        'a random event that claims to be real needs "sources"; if it is invented, mark it "whatIf": true so players are told',
      );
    }
  });

  const events = [
    ...s.events.map((e, i) => ({ e, path: `events[${i}] "${e.id}"` })),
    ...s.randomEvents.events.map((e, i) => ({ e, path: `randomEvents.events[${i}] "${e.id}"` })),
  ];
  for (const { e, path } of events) {
    (e.sources ?? []).forEach((src, j) => {
      const problem = internalSource(src);
      if (problem) report(`${path}.sources[${j}]`, problem);
    });
    const variants = 'variants' in e ? (e.variants ?? []) : [];
    variants.forEach((v, k) => {
      (v.sources ?? []).forEach((src, j) => {
        const problem = internalSource(src);
        if (problem) report(`${path}.variants[${k}].sources[${j}]`, problem);
      });
    });
  }

  walkStrings(s, '', (path, key, value) => {
    // Sources are checked above, with a message about citing.
    if (NOT_PROSE.has(key) || path.includes('.sources[')) return;
    const label = researchLabelIn(value);
    if (label)
      report(
        path,
        `players read this text, and it contains ${label}: name the publication instead`,
      );
  });
  return problems;
}

/** A source must be a publication a reader can find, not the project's own notes. */
function internalSource(src: Source): string | null {
  for (const field of ['publication', 'title', 'note'] as const) {
    const value = src[field];
    const label = value === undefined ? null : researchLabelIn(value);
    if (label)
      return `cites an internal note: ${field} contains ${label}; cite the publication the note names`;
  }
  if (/\bwikipedia\b/i.test(src.publication))
    return `cites an encyclopedia ("${src.publication}"): cite the publication that reported it, with its date, as the encyclopedia's own references do`;
  if (src.url && !/^https?:\/\//i.test(src.url))
    return `expected a web address (http or https), found "${src.url}"`;
  return null;
}

function walkStrings(
  node: unknown,
  path: string,
  visit: (path: string, key: string, value: string) => void,
  key = '',
): void {
  if (typeof node === 'string') {
    visit(path, key, node);
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      walkStrings(item, `${path}[${i}]${typeof id === 'string' ? ` "${id}"` : ''}`, visit, key);
    });
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) walkStrings(v, path ? `${path}.${k}` : k, visit, k);
  }
}
