import type { SearchEntry } from '@/utils/search/search';
import type { Query } from './queries';

/** Whether an entry answers the query: the right contact, the right problem, or (when none is named) the right step. */
function answers(e: Pick<SearchEntry, 'stepId' | 'problemId' | 'contactId'>, q: Query): boolean {
  if (q.contacts) return !!e.contactId && q.contacts.includes(e.contactId);
  if (q.problems) return !!e.problemId && q.problems.includes(e.problemId) && q.steps.includes(e.stepId);
  return q.steps.includes(e.stepId);
}

/** The rank (1-based) of the first answer in a result list, or 0 when it has none. */
export const rankOf = (results: readonly Pick<SearchEntry, 'stepId' | 'problemId' | 'contactId'>[], q: Query): number =>
  results.findIndex((e) => answers(e, q)) + 1;
