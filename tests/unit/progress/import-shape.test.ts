import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v2 from '../../fixtures/progress/v2.json';
import { exportProgress } from '@/utils/progress/store';
import { IMPORT_MAX_BYTES, IMPORT_MAX_DEPTH, IMPORT_MAX_VALUES, parseImport } from '@/utils/progress/transfer';

const refused = (text: string) => {
  const result = parseImport(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe('imports refuse over-deep and over-large structures before walking them', () => {
  it('refuses 8,000 nested lists (16 KB) with one plain message, instead of overflowing the stack', () => {
    const errors = refused('['.repeat(8000) + ']'.repeat(8000));
    expect(errors).toEqual([`(file): nested more than ${IMPORT_MAX_DEPTH} levels deep; this is not a progress file`]);
  });

  it('refuses deep objects too, however the file ends', () => {
    expect(refused('{"a":'.repeat(5000) + '1' + '}'.repeat(5000))[0]).toContain('nested more than');
    expect(refused('{"a":'.repeat(100_000))[0]).toContain('nested more than');
  });

  it('refuses a file of too many values', () => {
    const text = `[${'0,'.repeat(IMPORT_MAX_VALUES + 1)}0]`;
    expect(text.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(refused(text)).toEqual([`(file): more than ${IMPORT_MAX_VALUES} values; this is not a progress file`]);
  });

  it('counts only brackets and commas outside strings, escaped quotes included', () => {
    const inside = '['.repeat(1000) + '\\"' + ','.repeat(IMPORT_MAX_VALUES + 1);
    expect(refused(JSON.stringify({ format: inside }))[0]).not.toContain('(file)');
  });

  it('lets a real export through (every workspace, notes and ticks)', async () => {
    await fakeBrowser.storage.local.set(v2);
    const all = await exportProgress('all', new Date(2026, 10, 25));
    expect(parseImport(JSON.stringify(all, null, 2)).ok).toBe(true);
  });
});
