import { i18n } from '#i18n';
import { sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { SourceKind } from '@/utils/steps/schema';
import { ExternalLink } from './links';

/** The tag a source carries when CMS does not publish it. Shown inside its link, so it is part of its name. */
// Getters: each label is read from the locale when it is shown, not when this module loads.
export const KIND_LABELS: Readonly<Record<SourceKind, string | null>> = {
  cms: null,
  get 'state-agency'() {
    return i18n.t('citations.kindStateAgency');
  },
  get 'trade-association'() {
    return i18n.t('citations.kindTradeAssociation');
  },
  get other() {
    return i18n.t('citations.kindOther');
  },
};

/**
 * One source as a link named by its short title, followed (inside the link, so screen readers read it too) by
 * who publishes it when that is not CMS, and by "possibly outdated" for old pages.
 */
export function SourceLink({ id }: { id: SourceId }) {
  const s = sourceOf(id);
  const kind = KIND_LABELS[s.kind];
  return (
    <ExternalLink href={s.url} title={s.title} data-source-id={id}>
      {s.short}
      {kind && (
        <>
          {' '}
          <span class="source-tag" data-source-kind={s.kind}>
            {kind}
          </span>
        </>
      )}
      {s.outdated && (
        <>
          {' '}
          <span class="source-tag source-tag-dated" data-source-outdated="">
            {i18n.t('citations.outdated')}
          </span>
        </>
      )}
    </ExternalLink>
  );
}

/** The sources of one claim, right after it: "Sources: A, B (state agency)". */
export function Cites({ ids }: { ids: readonly SourceId[] }) {
  return (
    <span class="cites" data-cites={ids.join(' ')}>
      {' '}
      <span class="cites-label">{i18n.t('citations.label', ids.length)}</span>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && i18n.t('citations.separator')}
          <SourceLink id={id} />
        </span>
      ))}
    </span>
  );
}
