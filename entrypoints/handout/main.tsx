import { i18n } from '#i18n';
import { render } from 'preact';
import { Handout } from '@/components/Handout';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { parseTrackId } from '@/utils/tracks/schema';

/** handout.html?track=ID: that track's printable sheet; without a (known) track, every track, one per page. */
function main() {
  // The page's <title> in index.html is the English fallback until this runs.
  document.title = i18n.t('handout.pageTitle');
  const asked = parseTrackId(new URLSearchParams(location.search).get('track'));
  const one = asked ? getTrack(asked) : undefined;
  render(<Handout tracks={one ? [one] : TRACKS} onPrint={() => window.print()} />, document.getElementById('app')!);
}
main();
