import type { PageState } from '@/utils/page-state';
import { SITES, SITE_NAMES } from '@/utils/sites';

interface PageStatusProps {
  page: PageState;
  detectedTitle: string | null;
}

/** One honest sentence about the followed page. */
export function PageStatus({ page, detectedTitle }: PageStatusProps) {
  switch (page.kind) {
    case 'loading':
      return <p class="status">Checking the page…</p>;
    case 'off-site':
      return (
        <p class="status">
          This guide follows pages on {Object.values(SITES).join(' and ')}. Open one of them to see where you are, or pick a
          step below. (If a HARP or iQIES page is already open, reload it.)
        </p>
      );
    case 'unknown':
      return (
        <p class="status status-unknown">
          <strong>I can't tell which step this is.</strong> This {SITE_NAMES[page.site]} page doesn't match a step I know.
          Pick your step from the list below.
        </p>
      );
    case 'known':
      return (
        <p class="status status-known">
          You are here: <strong>{detectedTitle ?? page.step}</strong>
        </p>
      );
  }
}
