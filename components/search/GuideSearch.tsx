import { i18n } from '#i18n';
import { useRef } from 'preact/hooks';
import type { SearchEntry } from '@/utils/search/search';
import type { ContactId } from '@/utils/steps/schema';
import { ContactItem } from '../ContactItem';

export interface GuideSearchProps {
  query: string;
  /** The best matches for the query, best first (already limited). */
  results: readonly SearchEntry[];
  onQuery(query: string): void;
  onChoose(entry: SearchEntry): void;
  /** Whom to suggest when nothing is found. */
  contacts: readonly ContactId[];
}

function ResultText({ entry }: { entry: SearchEntry }) {
  switch (entry.kind) {
    case 'problem':
      return (
        <>
          <span class="search-result-text">{entry.text}</span>
          <span class="search-result-where">{i18n.t('guideSearch.inStep', { title: entry.stepTitle })}</span>
        </>
      );
    case 'contact':
      return (
        <>
          <span class="search-result-text">{entry.text}</span>
          <span class="search-result-where">{entry.detail}</span>
          <span class="search-result-where">{i18n.t('guideSearch.contactResult', { title: entry.stepTitle })}</span>
        </>
      );
    default:
      return (
        <>
          <span class="search-result-text">{entry.stepTitle}</span>
          <span class="search-result-where">{i18n.t('guideSearch.stepResult')}</span>
        </>
      );
  }
}

/**
 * "What went wrong?": a search field over the guide, its results as buttons. Keyboard: ↓ from the field goes to the
 * results, ↓ / ↑ (or Tab) move through them, Enter chooses (in the field: the first result), Escape clears and
 * returns to the field. A polite live region says how many results there are.
 */
export function GuideSearch({ query, results, onQuery, onChoose, contacts }: GuideSearchProps) {
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const typed = query.trim() !== '';
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[data-search-result]') ?? [])];

  const clear = () => {
    onQuery('');
    input.current?.focus();
  };
  const onFieldKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      onChoose(results[0]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      clear();
    }
  };
  const onResultKey = (event: KeyboardEvent, i: number) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const to = i + (event.key === 'ArrowDown' ? 1 : -1);
      if (to < 0) input.current?.focus();
      else buttons()[Math.min(to, results.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      clear();
    }
  };

  return (
    <div class="guide-search" role="search" data-testid="guide-search">
      <label for="guide-search-input">{i18n.t('guideSearch.label')}</label>
      <input
        ref={input}
        id="guide-search-input"
        type="search"
        data-guide-search
        autocomplete="off"
        spellcheck={false}
        placeholder={i18n.t('guideSearch.placeholder')}
        value={query}
        aria-controls={typed && results.length > 0 ? 'guide-search-results' : undefined}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onFieldKey}
      />
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="search-status">
        {typed ? (results.length > 0 ? i18n.t('guideSearch.count', results.length) : i18n.t('guideSearch.announceNothing')) : ''}
      </p>
      {typed &&
        (results.length > 0 ? (
          <ul class="search-results" id="guide-search-results" ref={list} aria-label={i18n.t('guideSearch.results')}>
            {results.map((r, i) => (
              <li key={`${r.kind}:${r.problemId ?? r.contactId ?? r.stepId}`}>
                <button
                  type="button"
                  class="search-result"
                  data-search-result={r.kind}
                  data-step-id={r.stepId}
                  data-problem-id={r.problemId}
                  data-contact-id={r.contactId}
                  onClick={() => onChoose(r)}
                  onKeyDown={(e) => onResultKey(e, i)}
                >
                  <ResultText entry={r} />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <div class="search-empty" data-testid="search-empty">
            <p>{i18n.t('guideSearch.nothing')}</p>
            <ul class="contacts">
              {contacts.map((id) => (
                <ContactItem key={id} id={id} />
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
