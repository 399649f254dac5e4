import { sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { SourceKind } from '@/utils/steps/schema';
import { SourceLink } from './Citations';

const PUBLISHER: Record<SourceKind, string> = {
  cms: 'CMS',
  'state-agency': 'a state agency (not CMS)',
  'trade-association': 'a trade association (not CMS)',
  other: "a source outside CMS's sites (not CMS)",
};

/** Every source a step cites, with who publishes it, when it was checked, and what to know about the link. */
export function Sources({ ids, checkedOn }: { ids: readonly SourceId[]; checkedOn: string }) {
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources</h3>
      <ul>
        {ids.map((id) => {
          const s = sourceOf(id);
          return (
            <li key={id} data-source-entry={id}>
              <SourceLink id={id} />
              <span class="muted">
                {' '}
                — {s.title}. Published by {PUBLISHER[s.kind]}. Checked <time dateTime={s.checkedOn}>{s.checkedOn}</time>.{s.note ? ` ${s.note}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="muted">
        This step was last reviewed on <time dateTime={checkedOn}>{checkedOn}</time>. Screens change: if the page
        differs, trust the page and the help desk.
      </p>
    </section>
  );
}
