import { useMemo, useState } from 'preact/hooks';
import { CONTACTS } from '@/components/contacts';
import { GuideSearch } from '@/components/search/GuideSearch';
import { buildIndex, search } from '@/utils/search/search';
import type { GuideIndex, SearchEntry } from '@/utils/search/search';
import type { ContactId } from '@/utils/steps/schema';
import { STEPS } from '@/utils/steps/catalogue';

/** Enough to choose from without pushing the step off the first screen for long. */
const LIMIT = 8;
/** Suggested when nothing is found: the desks for iQIES and for HARP accounts. */
const FALLBACK: readonly ContactId[] = ['iqies-service-center', 'qualitynet-help-desk'];

let index: GuideIndex | null = null;
/** Built on the first search, not when the panel opens: most panels never search. */
const guideIndex = () => (index ??= buildIndex(STEPS, CONTACTS));

/** The "What went wrong?" search: owns the query; choosing a result hands it to the panel and clears the field. */
export function SearchSection({ onChoose }: { onChoose(entry: SearchEntry): void }) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => (query.trim() ? search(guideIndex(), query, LIMIT) : []), [query]);
  return (
    <GuideSearch
      query={query}
      results={results}
      onQuery={setQuery}
      onChoose={(entry) => {
        setQuery('');
        onChoose(entry);
      }}
      contacts={FALLBACK}
    />
  );
}
