import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accessOf, SNAPSHOT } from '../snapshots/permissions';
import { EXTENSION_DIR, expect, panelUrl, test } from './harness';

test('the Chrome/Edge build asks for exactly the snapshotted access, no more', () => {
  expect(accessOf('chrome-mv3')).toEqual(SNAPSHOT['chrome-mv3']);
});

test('the manifest names the extension from the English locale (__MSG_…__), and the panel says it too', async ({ session }) => {
  const m = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const messages = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
  expect(m.default_locale).toBe('en');
  const used = JSON.stringify(m).match(/__MSG_\w+__/g) ?? [];
  expect(used.length).toBeGreaterThanOrEqual(4);
  for (const ref of used) expect(messages[ref.slice(6, -2)], ref).toBeDefined();
  const panel = await session.context.newPage();
  await panel.goto(panelUrl(session));
  // What Chromium itself shows (extensions page, toolbar button; it reports no description for _execute_action): the locale's words, not the __MSG_ names.
  const self = await panel.evaluate(async () => {
    const me = await chrome.management.getSelf();
    return { name: me.name, description: me.description, title: await chrome.action.getTitle({}) };
  });
  expect(self).toEqual({
    name: 'iQIES Access Guide',
    description: 'Step-by-step guide beside HARP and iQIES: where you are, what to do next, your checklist saved on this computer.',
    title: 'Open iQIES Access Guide',
  });
  await expect(panel).toHaveTitle('iQIES Access Guide');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('iQIES Access Guide');
});
