/** The history check: sources for what claims to be real, no research notes or labels in player text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, scenarioFiles } from '../../src/cli/scenarios';
import { allSources } from '../../src/engine';
import { EN } from '../../src/i18n/en';
import { VI } from '../../src/i18n/vi';
import { formatProblem, loadScenarioData, loadScenarioText } from '../../src/scenario/load';
import { provenanceCheck, researchLabelIn } from '../../src/scenario/provenance';
import { localize } from '../../src/scenario/texts';
import { STRINGS } from '../../src/ui/strings';
import { fixturePath } from '../helpers';

function problemsOf(fixture: string): string[] {
  const path = fixturePath(fixture);
  const loaded = loadScenarioText(readFileSync(path, 'utf8'), fixture);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return provenanceCheck(loaded.scenario).map((p) => `${p.path}: ${p.message}`);
}

describe('research labels', () => {
  it.each([
    ['Fact sheet [R40].', 'the research fact sheet'],
    ['The Epoch Times (seed S1), quoting Wu Zuolai', 'seed-article label'],
    ['as S4 argues', 'seed-article label'],
    ['Compare [R12] and [R4b]', 'reference label'],
    ['best reading, §4.2', 'section label'],
    ['Checked in shared/facts/vietnam-2023.md', 'path to internal notes'],
    ['see notes/vietnam-2023.md', 'file path'],
    ['copied from /work/shared/seeds', 'path to internal notes'],
    ['confirmed ✅', 'confidence mark'],
  ])('finds %j', (text, what) => {
    expect(researchLabelIn(text)).toContain(what);
  });

  it.each([
    "Xi's signed article in Nhân Dân, 12 December 2023.",
    'Phạm Minh Chính at the G7 in Hiroshima (19–21 May).',
    'Two Corridors, One Belt; the 2016 arbitration award; 36 or 37 documents.',
    'Vietnam Airlines buys 50 Boeing 737 MAX jets (about US$7.5–7.8 billion).',
    'A 24/7 hotline between the two navies.',
  ])('leaves clean text alone: %j', (text) => {
    expect(researchLabelIn(text)).toBeNull();
  });
});

describe('the history check', () => {
  it.each(scenarioFiles())('passes on the shipped scenario %s', (file) => {
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(provenanceCheck(loaded.scenario)).toEqual([]);
  });

  it('fails on a random event that neither cites a source nor says it is invented', () => {
    expect(problemsOf('history/unsourced-random-event.json')).toEqual([
      'randomEvents.events[0] "fishing-boat-rammed": a random event that claims to be real needs "sources"; if it is invented, mark it "whatIf": true so players are told',
    ]);
  });

  it('fails on a citation of the research note and on research labels in player text', () => {
    const problems = problemsOf('history/research-labels.json');
    expect(problems).toEqual([
      'events[0] "blinken-visit".sources[1]: cites an internal note: publication contains the research fact sheet ("fact sheet"); cite the publication the note names',
      'events[1] "upgrade-hint".sources[0]: cites an internal note: note contains the research fact sheet ("Fact sheet"); cite the publication the note names',
      'events[0] "blinken-visit".text: players read this text, and it contains a seed-article label ("seed S1"): name the publication instead',
    ]);
  });

  it('fails on an encyclopedia cited as if it were the publication', () => {
    const data = JSON.parse(readFileSync(fixturePath('guide-example.json'), 'utf8'));
    data.events[0].sources = [
      {
        publication: 'Wikipedia',
        date: '2014',
        approximate: true,
        title: 'Hai Yang Shi You 981 standoff',
      },
    ];
    const loaded = loadScenarioData(data, 'guide-example.json');
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(provenanceCheck(loaded.scenario).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[0] "blinken-visit".sources[0]: cites an encyclopedia ("Wikipedia"): cite the publication that reported it, with its date, as the encyclopedia\'s own references do',
    ]);
  });

  it.each(['2023', 'september-2023', 'xi-visit-2023'])(
    'passes on %s in Vietnamese too, every source a dated publication',
    (id) => {
      const loaded = loadScenarioFile(`scenarios/${id}.json`);
      if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
      const overlay = JSON.parse(readFileSync(`scenarios/texts/${id}.vi.json`, 'utf8'));
      const vi = localize(loaded.scenario, overlay);
      if (!vi.ok) throw new Error(vi.problems.map((p) => p.message).join('\n'));
      expect(provenanceCheck(vi.scenario)).toEqual([]);
      for (const s of [loaded.scenario, vi.scenario]) {
        const events = [...s.events, ...s.randomEvents.events];
        const sources = events.flatMap((e) => [...allSources(e)]);
        expect(sources.length).toBeGreaterThan(0);
        for (const src of sources) {
          expect(src.publication.trim(), JSON.stringify(src)).not.toBe('');
          expect(src.date, JSON.stringify(src)).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
    },
  );

  it('passes on the same scenario once the labels are gone and the invented event is marked', () => {
    expect(problemsOf('guide-example.json')).toEqual([]);
  });
});

describe('the interface text', () => {
  it('carries no research labels either, in any language', () => {
    const found: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node === 'string') {
        const label = researchLabelIn(node);
        if (label) found.push(`${path}: ${label}`);
      } else if (typeof node === 'function') {
        // Messages take words or numbers; a call that refuses one kind gets the other.
        const f = node as (...a: unknown[]) => unknown;
        for (const args of [
          ['X', 'Y', 'Z'],
          [1, 2, 3],
        ]) {
          try {
            walk(f(...args), `${path}()`);
            break;
          } catch {
            // This message wants other kinds of arguments; its fixed words are checked by the other call.
          }
        }
      } else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
      }
    };
    walk(EN, 'en');
    walk(VI, 'vi');
    expect(found).toEqual([]);
  });

  it('gives the motto in full', () => {
    const goal = STRINGS.help.goal.join(' ');
    expect(goal).toContain('firm roots, a strong trunk, flexible branches');
    expect(goal).toContain('gốc vững, thân chắc, cành uyển chuyển');
    expect(goal).not.toContain('flexible trunk');
  });
});
