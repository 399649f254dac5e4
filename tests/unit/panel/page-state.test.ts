import { describe, expect, it } from 'vitest';
import { pinnedTabId } from '@/entrypoints/sidepanel/use-page-state';
import { detectedStepOf, pageStateFrom } from '@/utils/panel/page-state';

describe('sidepanel.html?tabId=N', () => {
  it('follows the given tab', () => {
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?foo=1&tabId=7')).toBe(7);
  });

  it('falls back to the active tab for a missing or malformed id', () => {
    for (const search of ['', '?tabId=', '?tabId=-1', '?tabId=1.5', '?tabId=abc', '?tabId=99999999999999999999', '?tabId=1e3']) {
      expect(pinnedTabId(search), search).toBeNull();
    }
  });
});

describe('page state', () => {
  it('maps reports to the public data-detected-step value', () => {
    expect(detectedStepOf(pageStateFrom({ site: 'harp', step: 'harp-profile' }))).toBe('harp-profile');
    expect(detectedStepOf(pageStateFrom({ site: 'iqies', step: null }))).toBe('');
    expect(pageStateFrom({ site: 'iqies', step: null })).toEqual({ kind: 'unknown', site: 'iqies' });
    expect(pageStateFrom(null)).toEqual({ kind: 'off-site' });
    expect(detectedStepOf({ kind: 'loading' })).toBe('');
  });
});
