import { i18n } from '#i18n';
import { sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { SourceKind } from '@/utils/steps/schema';
import { SourceLink } from './Citations';

const PUBLISHER: Record<SourceKind, () => string> = {
  cms: () => i18n.t('sources.publisherCms'),
  'state-agency': () => i18n.t('sources.publisherStateAgency'),
  'trade-association': () => i18n.t('sources.publisherTradeAssociation'),
  other: () => i18n.t('sources.publisherOther'),
};

/** Every source a step cites, with who publishes it, when it was checked, and what to know about the link. */
export function Sources({ ids, checkedOn }: { ids: readonly SourceId[]; checkedOn: string }) {
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{i18n.t('sources.heading')}</h3>
      <ul>
        {ids.map((id) => {
          const s = sourceOf(id);
          return (
            <li key={id} data-source-entry={id}>
              <SourceLink id={id} />
              <span class="muted">
                {i18n.t('sources.entryLead', { title: s.title, publisher: PUBLISHER[s.kind]() })}
                <time dateTime={s.checkedOn}>{s.checkedOn}</time>.
                {s.published && (
                  <>
                    {i18n.t('sources.pageDatedLead')}
                    <time dateTime={s.published}>{s.published}</time>.
                  </>
                )}
                {s.note ? ` ${s.note}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="muted">
        {i18n.t('sources.reviewedLead')}
        <time dateTime={checkedOn}>{checkedOn}</time>
        {i18n.t('sources.reviewedRest')}
      </p>
    </section>
  );
}
