/** A write refused because extension storage is full: nothing of that storage call was written. */
export class QuotaError extends Error {}

/** Plain words for a write that failed. */
export function saveErrorMessage(err: unknown): string {
  return err instanceof QuotaError
    ? 'Storage for this extension is full, so that change was not saved (nothing was half-written). Export your progress, then delete workspaces you no longer need.'
    : 'That change could not be saved. Please try again.';
}
