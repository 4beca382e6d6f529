import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { describeSource, shortCause } from '../../src/view';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');

describe('a cause beside a gauge in the month in review', () => {
  it('drops a long answer’s event title rather than cutting a name in two', () => {
    const event = cs.scenario.events.find((e) => (e.title?.length ?? 0) > 30 && e.choices?.length);
    const choice = event?.choices?.[0];
    const cause = describeSource(cs, `choice:${event?.id}/${choice?.id}`);
    expect(cause.label.length).toBeGreaterThan(56);
    const short = shortCause(cause);
    expect(short.startsWith('Your answer: ')).toBe(true);
    expect(short).not.toContain(event?.title ?? '');
  });

  it('cuts at a word and closes a quotation it opened', () => {
    expect(
      shortCause({ label: 'Your answer to "Trucks stuck at the Lạng Sơn crossing"' }, 40),
    ).toBe('Your answer to "Trucks stuck at the…"');
    expect(shortCause({ label: 'Bạn trả lời “Xe tải ùn ứ ở cửa khẩu Lạng Sơn”' }, 30)).toBe(
      'Bạn trả lời “Xe tải ùn ứ ở…”',
    );
    expect(shortCause({ label: 'Short enough.' })).toBe('Short enough');
  });

  it('says it in Vietnamese too', () => {
    setLocale('vi');
    try {
      const event = cs.scenario.events.find((e) => e.choices?.length);
      const cause = describeSource(cs, `choice:${event?.id}/${event?.choices?.[0]?.id}`);
      expect(cause.short?.startsWith('Bạn trả lời: ')).toBe(true);
    } finally {
      setLocale('en');
    }
  });
});
