import { storage } from 'wxt/utils/storage';

/**
 * Track settings that are not progress. The chosen track itself belongs to a workspace (utils/progress, key
 * `ws:<ws>:track`), so it moves with export/import and each facility keeps its own.
 * "Not now" on the first-run chooser is remembered so the chooser does not return on every panel open.
 */
const dismissedItem = storage.defineItem<unknown>('local:settings.trackChooserDismissed', { fallback: false, version: 1 });

export async function loadChooserDismissed(): Promise<boolean> {
  return (await dismissedItem.getValue()) === true;
}

export async function saveChooserDismissed(dismissed: boolean): Promise<void> {
  if (dismissed) await dismissedItem.setValue(true);
  else await dismissedItem.removeValue();
}
