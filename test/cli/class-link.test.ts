/** `bamboo class-link`: the link a class opens, carrying a scenario the game does not ship. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { scenarioHash } from '../../src/engine/compile';
import { loadScenarioText } from '../../src/scenario/load';
import { classCodeFits, parseLaunchUrl, readClassFile, unpackLinkScenario } from '../../src/share';
import { fixturePath, loadFixture } from '../helpers';
import { captureConsole } from './capture-console';

const { out, err } = captureConsole();
const HD981 = fixturePath('hd981-2014.json');
const BASE = 'https://school.example/bamboo/';

function link(...args: string[]): string {
  out.length = 0;
  expect(run(['class-link', ...args])).toBe(0);
  return out.join('\n').trim();
}

describe('bamboo class-link', () => {
  it('carries a scenario the game does not ship, and it arrives intact', () => {
    const url = link('--scenario', HD981, '--seed', '10A2', '--base', BASE);
    const request = parseLaunchUrl(url);
    expect(request.kind).toBe('new');
    if (request.kind !== 'new') return;
    expect(request.scenario).toBe('hd981-2014');
    expect(request.classCode).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{4}$/);
    expect(classCodeFits(request.classCode as string, 'hd981-2014')).toBe(true);
    const unpacked = unpackLinkScenario(request.scenarioData as string);
    expect(unpacked.ok).toBe(true);
    if (!unpacked.ok) return;
    const loaded = loadScenarioText(unpacked.text, 'link');
    expect(loaded.ok && scenarioHash(loaded.scenario)).toBe(loadFixture('hd981-2014.json').hash);
    expect(err.join('\n')).not.toContain('localhost');
  });

  it('gives the same code for the same scenario and seed, another for another seed', () => {
    const code = (seed: string) => {
      const request = parseLaunchUrl(link('--scenario', HD981, '--seed', seed, '--base', BASE));
      return request.kind === 'new' ? request.classCode : undefined;
    };
    expect(code('10A2')).toBe(code('10A2'));
    expect(code('10A2')).not.toBe(code('10A3'));
  });

  it('names a shipped scenario by id only, with the language and the advisor', () => {
    const url = link(
      '--scenario',
      '2023',
      '--seed',
      'x',
      '--base',
      BASE,
      '--lang',
      'vi',
      '--advisor',
      'off',
    );
    expect(url).toMatch(
      /^https:\/\/school\.example\/bamboo\/\?scenario=2023&seed=[0-9A-Z-]{8}&class=1&lang=vi&advisor=off$/,
    );
  });

  it('warns about localhost and writes a class file on request', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bamboo-class-')), 'class.json');
    link('--scenario', HD981, '--seed', 'x', '--class-file', file);
    expect(err.join('\n')).toContain('warning: this link points at this computer (localhost)');
    const read = readClassFile(JSON.parse(readFileSync(file, 'utf8')));
    expect(read.ok && read.invite.scenarioId).toBe('hd981-2014');
  });

  it('refuses a broken scenario with its problems', () => {
    expect(
      run(['class-link', '--scenario', fixturePath('stuck/turn-number.json'), '--seed', 'x']),
    ).toBe(1);
    expect(err.join('\n')).toContain('historicalPath.steps[2].turn: expected a turn id in quotes');
  });
});
