import type { Step } from '@/utils/steps/schema';
import { ExternalLink } from './links';

export function Sources({ sources, checkedOn }: Pick<Step, 'sources' | 'checkedOn'>) {
  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Official sources</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <ExternalLink href={s.url}>{s.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <p class="muted">
        Last checked against these sources on <time dateTime={checkedOn}>{checkedOn}</time>. Screens change: if the page
        differs, trust the page and the help desk.
      </p>
    </section>
  );
}
