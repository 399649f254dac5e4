import { i18n } from '#i18n';
import type { PolicyKey } from '@/utils/policy';

interface PolicyNoteProps {
  /** Policy keys whose value had the wrong shape. */
  ignored: readonly PolicyKey[];
  /** Keys the policy sets that this guide does not know. */
  unknown?: readonly string[];
  /** Facility workspaces the policy names that could not be created (their place is taken). */
  notCreated?: readonly string[];
}

/** Tells the user, without alarm, that part of the organisation's settings could not be used. */
export function PolicyNote({ ignored, unknown = [], notCreated = [] }: PolicyNoteProps) {
  if (ignored.length === 0 && unknown.length === 0 && notCreated.length === 0) return null;
  const sentences = [
    ignored.length ? i18n.t('policyNote.text', { keys: ignored.join(', ') }) : '',
    unknown.length ? i18n.t('policyNote.unknown', { keys: unknown.join(', ') }) : '',
    notCreated.length ? i18n.t('policyNote.notCreated', { names: notCreated.map((name) => i18n.t('policyNote.quoted', { name })).join(', ') }) : '',
  ];
  return (
    <p
      class="note"
      data-testid="policy-note"
      data-policy-ignored={ignored.length ? ignored.join(' ') : undefined}
      data-policy-unknown={unknown.length ? unknown.join(' ') : undefined}
      data-policy-not-created={notCreated.length ? String(notCreated.length) : undefined}
    >
      {sentences.filter(Boolean).join(' ')}
    </p>
  );
}
