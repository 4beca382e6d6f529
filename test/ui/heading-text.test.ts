import { describe, expect, it } from 'vitest';
import { withoutHeading } from '../../src/ui/debrief/heading-text';

describe('a summary under its heading', () => {
  it('drops the heading it repeats and goes on from the colon', () => {
    expect(
      withoutHeading('What Hà Nội actually did: ride out a shake-up.', 'What Hà Nội actually did'),
    ).toBe('Ride out a shake-up.');
    expect(
      withoutHeading(
        'Những gì Hà Nội đã thực sự làm: vượt qua đợt thay đổi.',
        'Những gì Hà Nội đã thực sự làm',
      ),
    ).toBe('Vượt qua đợt thay đổi.');
  });

  it('leaves a summary that does not repeat it as it is', () => {
    expect(withoutHeading('Hà Nội rode out a shake-up.', 'What Hà Nội actually did')).toBe(
      'Hà Nội rode out a shake-up.',
    );
    expect(withoutHeading('What Hà Nội actually did', 'What Hà Nội actually did')).toBe(
      'What Hà Nội actually did',
    );
  });
});
