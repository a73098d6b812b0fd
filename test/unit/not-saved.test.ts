/**
 * The popup's notice of a refresh that could not be saved (core/not-saved.ts): the reason said in each of the
 * three languages from what the worker keeps, the browser's own words kept as they were, and a stored record
 * that is not one this version wrote read as none.
 */
import { describe, expect, it } from 'vitest';
import { notSavedNotice, notSavedOverQuota, notSavedRefused, readNotSaved } from '../../src/core/not-saved';
import { checkWrite } from '../../src/core/quota';

const AT = '2026-12-03T12:00:00.000Z';
const over = checkWrite('cache', 'x'.repeat(3_000_000), 9_000_000);

describe('a refresh not saved', () => {
  it('over the quota: the figures kept, the reason in each language, no detail', () => {
    if (over.ok) throw new Error('the fixture write must not fit');
    const record = notSavedOverQuota(over, AT);
    expect(record).toEqual({ at: AT, kind: 'quota', mb: ['2.86', '11.44', '10.00'] });
    expect(readNotSaved(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(notSavedNotice(record, 'en')).toEqual({ at: AT, kind: 'quota', reason: 'it would take 2.86 MB, 11.44 MB with the rest of what is stored, over the 10.00 MB storage quota', detail: null });
    expect(notSavedNotice(record, 'zh_TW').reason).toBe('它需要 2.86 MB，加上其他已儲存的資料共 11.44 MB，超過 10.00 MB 的儲存空間上限');
    expect(notSavedNotice(record, 'zh_CN').reason).toBe('它需要 2.86 MB，加上其他已保存的数据共 11.44 MB，超过 10.00 MB 的存储空间上限');
  });

  it('refused by the browser: the reason in each language, the browser’s message word for word as the detail', () => {
    const record = notSavedRefused(new Error('QUOTA_BYTES quota exceeded'), AT);
    expect(readNotSaved(record)).toEqual(record);
    for (const [lang, reason] of [['en', 'the browser refused to store it'], ['zh_TW', '瀏覽器拒絕儲存'], ['zh_CN', '浏览器拒绝保存']] as const) {
      expect(notSavedNotice(record, lang)).toEqual({ at: AT, kind: 'refused', reason, detail: 'QUOTA_BYTES quota exceeded' });
    }
    expect(notSavedRefused('not an Error', AT).detail).toBe('not an Error');
  });

  it('a stored record not of this version’s shape is none, not a notice with made-up words', () => {
    for (const bad of [undefined, null, 'x', { at: AT }, { at: AT, reason: 'English words of an older version' }, { at: AT, kind: 'quota', mb: ['1', '2'] }, { at: AT, kind: 'quota', mb: ['a', 'b', 'c'] }, { at: AT, kind: 'refused' }, { at: 5, kind: 'refused', detail: 'x' }, { at: AT, kind: 'other', detail: 'x' }]) {
      expect(readNotSaved(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
