import { describe, expect, it } from 'vitest';
import { RULE_IDS, sourceOf } from '../../src/engine';

describe('source ids', () => {
  it.each([
    ['action:visit-beijing', { kind: 'action', action: 'visit-beijing' }],
    ['choice:map/protest', { kind: 'choice', event: 'map', choice: 'protest' }],
    ['event:g7-hiroshima', { kind: 'event', event: 'g7-hiroshima' }],
    ['random:typhoon', { kind: 'random', event: 'typhoon' }],
    ['reaction:cn/coast-guard', { kind: 'reaction', power: 'cn', reaction: 'coast-guard' }],
    ['risk:leak', { kind: 'risk', risk: 'leak' }],
    ['rule:calm', { kind: 'rule', rule: 'calm' }],
    ['turn:m1', { kind: 'turn', turn: 'm1' }],
    ['end:master', { kind: 'end', outcome: 'master' }],
    ['rule:no-such-rule', { kind: 'unknown', id: 'rule:no-such-rule' }],
    ['gossip', { kind: 'unknown', id: 'gossip' }],
  ])('reads %s', (id, source) => {
    expect(sourceOf(id)).toEqual(source);
  });

  it('knows every rule once', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const rule of RULE_IDS) expect(sourceOf(`rule:${rule}`)).toEqual({ kind: 'rule', rule });
  });
});
