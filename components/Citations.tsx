import { i18n } from '#i18n';
import { isOldSource, sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { Citation, SourceKind } from '@/utils/steps/schema';
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
 * who publishes it when that is not CMS, and by its year for old pages ("page dated 2019"; "possibly outdated"
 * when an old page shows no date). The full date is in the quote list and the sources list.
 */
export function SourceLink({ id }: { id: SourceId }) {
  const s = sourceOf(id);
  const kind = KIND_LABELS[s.kind];
  const old = isOldSource(s);
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
      {old && (
        <>
          {' '}
          <span class="source-tag source-tag-dated" data-source-outdated="">
            {s.published ? i18n.t('citations.pageDated', { date: s.published.slice(0, 4) }) : i18n.t('citations.outdated')}
          </span>
        </>
      )}
    </ExternalLink>
  );
}

/** The passages each source of a claim is cited for, one entry per source, in first-cited order. */
function passagesBySource(cites: readonly Citation[]): [Citation['source'], string[]][] {
  const out = new Map<Citation['source'], string[]>();
  for (const c of cites) out.set(c.source, [...(out.get(c.source) ?? []), ...(c.says ? [c.says] : [])]);
  return [...out];
}

/** One entry per source: a claim citing two passages of one source shows one link, both passages ("A … B"). */
export function bySource(cites: readonly Citation[]): Citation[] {
  return passagesBySource(cites).map(([source, words]) => ({ source, says: words.join(' … ') }));
}

/**
 * What each source of one claim says, folded away: one disclosure per claim listing each source's own words, as
 * text. Each quote carries `data-source-quote` with its source id; a source we could not open says so instead.
 */
function SourceQuotes({ cites }: { cites: readonly Citation[] }) {
  const grouped = passagesBySource(cites);
  return (
    <details class="source-quotes">
      <summary>{i18n.t('citations.whatTheySay', grouped.length)}</summary>
      <ul>
        {grouped.map(([id, passages]) => {
          const s = sourceOf(id);
          return (
            <li key={id}>
              <span class="quote-source">
                {s.short}
                {s.published ? i18n.t('citations.quoteDated', { date: s.published.slice(0, 4) }) : ''}
                {i18n.t('citations.quoteColon')}
              </span>
              {passages.length ? (
                <span data-source-quote={id}>
                  {passages.map((words, i) => (
                    <span key={i}>
                      {i > 0 && ' … '}
                      <q cite={s.url}>{words}</q>
                    </span>
                  ))}
                </span>
              ) : (
                <span class="quote-missing" data-source-unavailable={id}>
                  {i18n.t('citations.unavailable')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** The sources of one claim, right after it: "Sources: A, B (state agency)", then what they say, folded away. */
export function Cites({ cites }: { cites: readonly Citation[] }) {
  const ids = passagesBySource(cites).map(([id]) => id);
  return (
    <div class="cites" data-cites={ids.join(' ')}>
      {' '}
      <span class="cites-label">{i18n.t('citations.label', ids.length)}</span>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && i18n.t('citations.separator')}
          <SourceLink id={id} />
        </span>
      ))}
      <SourceQuotes cites={cites} />
    </div>
  );
}
