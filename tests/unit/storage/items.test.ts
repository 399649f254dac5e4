import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { ACTIVITY_KEY } from '@/utils/activity/key';
import { isReminderInput } from '@/utils/reminders/plan';
import { ITEMS, itemOf, metaKey, milestoneKey, noteKey, parseProgressKey, psoKey, quarantineKey, stepKey, storageDoc, taughtKey, tickKey, trackKey } from '@/utils/storage/items';

const DOC = 'docs/storage.md';

describe('the registry of stored items', () => {
  it('docs/storage.md is generated from it', () => {
    if (process.env.UPDATE_STORAGE_DOC) writeFileSync(DOC, storageDoc());
    expect(readFileSync(DOC, 'utf8')).toBe(storageDoc());
  });

  it('declares every key the key helpers build, once', () => {
    const keys = [
      tickKey('default', 'harp-profile', 'legal-name'),
      metaKey('a-b'),
      trackKey('a-b'),
      stepKey('a-b', 'prepare'),
      noteKey('a-b', 'prepare'),
      milestoneKey('a-b', 'role-requested'),
      psoKey('a-b'),
      taughtKey('harp.cms.gov', '/x/y'),
      quarantineKey('ws:a-b:meta'),
      ACTIVITY_KEY,
    ];
    for (const key of keys) expect(ITEMS.filter((i) => i.match.test(key)).map((i) => i.name), key).toHaveLength(1);
  });

  it('reminders and the workspace parser agree on every key', () => {
    const keys = ['ws:a--b:meta', 'ws:a-b:meta', 'ws:a-b:track', 'ws:a-b:milestone:role-requested', 'ws:a-b:milestone:', 'ws:A:meta', 'ws:a-b:pso-duties', 'ws:a-b:note:prepare', 'settings.reminders', ACTIVITY_KEY, 'ws:a-b:metadata'];
    for (const key of keys) {
      const item = itemOf(key);
      if (isReminderInput(key)) expect(item?.reminders, key).toBe(true);
      if (key.startsWith('ws:')) expect(parseProgressKey(key) !== null, key).toBe(item?.scope === 'workspace');
    }
    expect(isReminderInput('ws:a--b:meta')).toBe(false);
    expect(parseProgressKey('ws:a--b:meta')).toBeNull();
    expect(isReminderInput('ws:a-b:meta')).toBe(true);
  });

  it('the unit suite guard sees an undeclared key written by app code', async () => {
    // Written through a function defined outside tests/ would be caught; here we check the matcher it uses.
    expect(itemOf('ws:default:pso-duty')).toBeNull();
    expect(itemOf('settings.somethingNew')).toBeNull();
    await browser.storage.local.set({ 'settings.somethingNew': 1 }); // a test's own seed is let through
  });
});
