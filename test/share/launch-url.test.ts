import { describe, expect, it } from 'vitest';
import {
  classLink,
  encodeReplayForUrl,
  newClassCode,
  newGameLink,
  parseLaunchUrl,
  replayLink,
} from '../../src/share';
import { replayBy } from '../classroom/replays';

const BASE = 'https://bamboo.example/play/';

describe('parseLaunchUrl', () => {
  it('opens a shared replay', () => {
    const replay = replayBy('passive', 'x', 'An');
    const r = parseLaunchUrl(replayLink(BASE, replay));
    expect(r.kind).toBe('replay');
    expect(r.kind === 'replay' && r.replay.player).toBe('An');
  });

  it('refuses a damaged replay link with a message', () => {
    const r = parseLaunchUrl(
      `${BASE}#replay=${encodeReplayForUrl(replayBy('passive', 'x')).slice(0, 40)}`,
    );
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toMatch(/^This replay link cannot be opened: /);
  });

  it.each([
    ['#new=2023/class-7b', { kind: 'new', scenario: '2023', seed: 'class-7b' }],
    ['#new=2023/a%2Fb%20c', { kind: 'new', scenario: '2023', seed: 'a/b c' }],
    ['#new=2023', { kind: 'new', scenario: '2023', seed: null }],
    ['?scenario=2023&seed=class-7b', { kind: 'new', scenario: '2023', seed: 'class-7b' }],
    ['?scenario=xi-visit-2023', { kind: 'new', scenario: 'xi-visit-2023', seed: null }],
    ['?scenario=2023&seed=hello+world', { kind: 'new', scenario: '2023', seed: 'hello world' }],
    ['', { kind: 'none' }],
    ['https://bamboo.example/', { kind: 'none' }],
    ['#top', { kind: 'none' }],
    ['?lang=vi', { kind: 'none' }],
  ])('reads %j', (url, expected) => {
    expect(parseLaunchUrl(`${BASE}${url}`)).toEqual(expected);
  });

  it.each([
    ['?seed=abc', /seed but no scenario/],
    ['?scenario=../../etc/passwd', /no valid scenario/],
    ['?scenario=<script>', /no valid scenario/],
    ['#new=2023/%E0%A4%A', /damaged/],
    [`?scenario=2023&seed=${'x'.repeat(65)}`, /65 characters/],
    ['?scenario=2023&seed=nope&class=1', /class link's code is wrong/],
  ])('refuses %j', (url, message) => {
    const r = parseLaunchUrl(`${BASE}${url}`);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toMatch(message);
  });

  it('prefers the hash over the query', () => {
    expect(parseLaunchUrl(`${BASE}?scenario=a&seed=b#new=c/d`)).toMatchObject({ scenario: 'c' });
  });
});

describe('links', () => {
  it('a class link starts the class scenario with the code as the seed', () => {
    const code = newClassCode('2023', (b) => b.fill(42));
    const link = classLink(BASE, '2023', code);
    expect(link).toBe(`${BASE}?scenario=2023&seed=${code}&class=1`);
    expect(parseLaunchUrl(link)).toEqual({
      kind: 'new',
      scenario: '2023',
      seed: code,
      classCode: code,
    });
    // Typed from the projector in lower case: still the same class.
    expect(parseLaunchUrl(link.replace(code, code.toLowerCase()))).toMatchObject({ seed: code });
  });

  it('links made in Vietnamese carry ?lang=vi and open the same game', () => {
    const code = newClassCode('2023', (b) => b.fill(42));
    const link = classLink(BASE, '2023', code, 'vi');
    expect(link).toBe(`${BASE}?scenario=2023&seed=${code}&class=1&lang=vi`);
    expect(parseLaunchUrl(link)).toEqual(parseLaunchUrl(classLink(BASE, '2023', code)));
    const fresh = newGameLink(BASE, 'mini', 'abc', 'vi');
    expect(fresh).toBe(`${BASE}?lang=vi#new=mini/abc`);
    expect(parseLaunchUrl(fresh)).toEqual({ kind: 'new', scenario: 'mini', seed: 'abc' });
  });

  it('a class code does not start another scenario', () => {
    const code = newClassCode('2023', (b) => b.fill(42));
    const others = ['september-2023', 'xi-visit-2023', 'mini', 'other'].filter(
      (id) => parseLaunchUrl(classLink(BASE, id, code)).kind === 'error',
    );
    expect(others.length).toBeGreaterThanOrEqual(3);
  });

  it('a new-game link round-trips any seed', () => {
    for (const seed of ['class 7B', 'ä/ö?&#=+', 'x']) {
      expect(parseLaunchUrl(newGameLink(`${BASE}?old=1#x`, 'mini', seed))).toEqual({
        kind: 'new',
        scenario: 'mini',
        seed,
      });
    }
  });
});
