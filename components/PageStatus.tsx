import { i18n } from '#i18n';
import type { PageState } from '@/utils/panel/page-state';
import { SITES, SITE_NAMES } from '@/utils/sites';

interface PageStatusProps {
  page: PageState;
  detectedTitle: string | null;
}

/** One honest sentence about the followed page. */
export function PageStatus({ page, detectedTitle }: PageStatusProps) {
  switch (page.kind) {
    case 'loading':
      return <p class="status">{i18n.t('pageStatus.loading')}</p>;
    case 'off-site':
      return (
        <p class="status">{i18n.t('pageStatus.offSite', { sites: i18n.t('pageStatus.sitesJoin', { a: SITES.harp, b: SITES.iqies }) })}</p>
      );
    case 'unknown':
      return (
        <p class="status status-unknown">
          <strong>{i18n.t('pageStatus.unknownLead')}</strong>
          {i18n.t('pageStatus.unknownRest', { site: SITE_NAMES[page.site] })}
        </p>
      );
    case 'known':
      return (
        <p class="status status-known">
          {i18n.t('pageStatus.knownLead')}
          <strong>{detectedTitle ?? page.step}</strong>
        </p>
      );
  }
}
