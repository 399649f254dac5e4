import { i18n } from '#i18n';

/** A write refused because extension storage is full: nothing of that storage call was written. */
export class QuotaError extends Error {}

/** A write refused because it would pass one of the limits of stored items (utils/storage/items.ts LIMITS). */
export class LimitError extends Error {}

/** Plain words for a write that failed. */
export function saveErrorMessage(err: unknown): string {
  if (err instanceof LimitError) return err.message;
  return err instanceof QuotaError
    ? i18n.t('errors.storageFull')
    : i18n.t('errors.saveFailed');
}
