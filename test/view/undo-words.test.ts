import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { undoHint } from '../../src/view/undo-words';
import { loadShipped } from '../helpers';

const cs = loadShipped('2023');
const answer = { type: 'choose', event: 'phuc-resigns', choice: 'reassure-investors' } as const;

describe('the Undo hint', () => {
  afterEach(() => setLocale('en'));

  it('names what Undo takes back: an answer and its event, or a card', () => {
    expect(undoHint(cs, answer, null, 'month')).toBe(
      'Undo takes back your answer “Keep it burning, and send the prime minister to reassure investors” to “President Nguyễn Xuân Phúc resigns”: the event asks again.',
    );
    const card = [...cs.actions.values()][0];
    expect(card).toBeDefined();
    expect(undoHint(cs, { type: 'play', action: card?.id ?? '' }, null, 'month')).toBe(
      `Undo takes back the card “${card?.title}” and refunds its capital.`,
    );
  });

  it('says why Undo cannot act', () => {
    expect(undoHint(cs, null, 'nothing', 'month')).toBe(
      'Nothing to undo yet: no decision has been made.',
    );
    expect(undoHint(cs, { type: 'end-turn' }, 'turn-ended', 'fortnight')).toBe(
      'Nothing to undo: the fortnight has begun, and the last fortnight’s end stands.',
    );
    expect(undoHint(cs, answer, 'chance', 'month')).toMatch(
      /^Your last decision \(Keep it burning, .*\) drew on chance, so it stands/,
    );
  });

  it('speaks Vietnamese', () => {
    setLocale('vi');
    // The scenario's own words come translated with its texts (not loaded here).
    expect(undoHint(cs, answer, null, 'tháng')).toMatch(
      /^Hoàn tác rút lại câu trả lời “Keep it burning.+” cho “President .+”: sự kiện sẽ hỏi lại\.$/,
    );
    expect(undoHint(cs, null, 'nothing', 'tháng')).toBe(
      'Chưa có gì để hoàn tác: bạn chưa đưa ra quyết định nào.',
    );
  });
});
