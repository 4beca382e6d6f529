import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSessionStore } from '../../src/store';
import { keyHintsShown, onKeyHints, watchKeyboard } from '../../src/ui/key-hints';
import { gameSizeFor, LANDSCAPE, PORTRAIT_ZOOM, pickForm } from '../../src/ui/screen-size';

describe('the screen form', () => {
  test.each([
    [390, 844, 'portrait'],
    [360, 740, 'portrait'],
    [768, 1024, 'portrait'],
    [1024, 768, 'tablet'],
    [1280, 720, 'landscape'],
    [1920, 1080, 'landscape'],
    [1024, 600, 'landscape'],
    [844, 390, 'landscape'],
  ] as const)('%i×%i is %s', (w, h, form) => {
    expect(pickForm(w, h)).toBe(form);
  });

  test('a phone held upright gets a portrait game of its own shape, a layout unit a CSS pixel', () => {
    expect(gameSizeFor(390, 844)).toEqual({ width: 780, height: 1688, form: 'portrait' });
  });

  test('the landscape board keeps its design size', () => {
    expect(gameSizeFor(1440, 900)).toEqual({ ...LANDSCAPE, form: 'landscape' });
  });

  test('a tablet on its side is laid out in CSS pixels, drawn at twice that', () => {
    expect(gameSizeFor(1024, 768)).toEqual({ width: 2048, height: 1536, form: 'tablet' });
  });

  test('a portrait game keeps the viewport shape and is at least 360 layout units wide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 0, max: 1400 }),
        (w, extra) => {
          const h = w + 1 + extra;
          const size = gameSizeFor(w, h);
          expect(size.form).toBe('portrait');
          const layoutWidth = size.width / PORTRAIT_ZOOM;
          expect(layoutWidth).toBeGreaterThanOrEqual(360);
          expect(layoutWidth).toBeLessThanOrEqual(480);
          expect(Math.abs(size.height / size.width - h / w)).toBeLessThan(0.01);
        },
      ),
    );
  });
});

describe('key hints', () => {
  test('stay hidden until the first key press, then show and tell their listeners', () => {
    const session = createSessionStore();
    const target = new EventTarget() as unknown as Window;
    let told = 0;
    const stop = onKeyHints(() => {
      told++;
    }, session);
    watchKeyboard(target, session);
    expect(keyHintsShown(session)).toBe(false);
    target.dispatchEvent(new Event('keydown'));
    expect(keyHintsShown(session)).toBe(true);
    target.dispatchEvent(new Event('keydown'));
    expect(told).toBe(1);
    stop();
  });
});
