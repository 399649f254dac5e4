import type { PolicyKey } from '@/utils/policy';

/** Tells the user, without alarm, that part of the organisation's settings could not be used. */
export function PolicyNote({ ignored }: { ignored: readonly PolicyKey[] }) {
  if (ignored.length === 0) return null;
  return (
    <p class="note" data-testid="policy-note" data-policy-ignored={ignored.join(' ')}>
      Some of your organisation’s settings for this guide could not be used and were ignored ({ignored.join(', ')}).
      Everything else works as usual; your IT team can check the policy.
    </p>
  );
}
