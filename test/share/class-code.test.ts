import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASS_CODE_ALPHABET,
  classCodeFits,
  newClassCode,
  parseClassCode,
  scenariosForClassCode,
  scenarioTag,
} from '../../src/share';

/** A deterministic stand-in for crypto.getRandomValues. */
const bytesFrom = (values: readonly number[]) => (bytes: Uint8Array) => {
  bytes.forEach((_, i) => {
    bytes[i] = values[i % values.length] ?? 0;
  });
  return bytes;
};

describe('class codes', () => {
  it('are seven characters of an unambiguous alphabet, as XXX-XXXX', () => {
    const code = newClassCode('2023', bytesFrom([7, 200, 13, 99, 255]));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(code[0]).toBe(scenarioTag('2023'));
    expect(newClassCode('2023', bytesFrom([7, 200, 13, 99, 255]))).toBe(code);
  });

  it('round-trip, however the student types them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const code = newClassCode('xi-visit-2023', bytesFrom([...bytes]));
        const parsed = parseClassCode(code);
        expect(parsed).toEqual({ ok: true, code, tag: code[0] });
        const sloppy = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
        expect(parseClassCode(sloppy)).toEqual(parsed);
        expect(classCodeFits(code, 'xi-visit-2023')).toBe(true);
      }),
    );
  });

  it('catch every single mistyped character', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 5, maxLength: 5 }),
        fc.nat({ max: 6 }),
        fc.nat({ max: 30 }),
        (bytes, pos, shift) => {
          const raw = newClassCode('2023', bytesFrom([...bytes])).replace('-', '');
          const i = CLASS_CODE_ALPHABET.indexOf(raw[pos]!);
          const typo = CLASS_CODE_ALPHABET[(i + 1 + shift) % 32]!;
          const wrong = raw.slice(0, pos) + typo + raw.slice(pos + 1);
          const parsed = parseClassCode(wrong);
          expect(parsed.ok).toBe(false);
        },
      ),
    );
  });

  it.each([
    ['', 'empty'],
    ['7KQ-M3X', 'length'],
    ['7KQ-M3XPQ', 'length'],
    ['7KQ-M3U!', 'character'],
  ])('refuse %j (%s)', (text, code) => {
    const parsed = parseClassCode(text);
    expect(parsed.ok ? null : parsed.error.code).toBe(code);
  });

  it('find their scenario among the installed ones', () => {
    const ids = ['2023', 'september-2023', 'xi-visit-2023'];
    for (const id of ids) {
      const code = newClassCode(id, bytesFrom([1, 2, 3, 4, 5]));
      expect(scenariosForClassCode(code, ids)).toContain(id);
    }
    expect(scenariosForClassCode('garbage', ids)).toEqual([]);
  });
});
