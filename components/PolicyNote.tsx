import { i18n } from '#i18n';
import type { PolicyKey } from '@/utils/policy';

/** Tells the user, without alarm, that part of the organisation's settings could not be used. */
export function PolicyNote({ ignored }: { ignored: readonly PolicyKey[] }) {
  if (ignored.length === 0) return null;
  return (
    <p class="note" data-testid="policy-note" data-policy-ignored={ignored.join(' ')}>
      {i18n.t('policyNote.text', { keys: ignored.join(', ') })}
    </p>
  );
}
