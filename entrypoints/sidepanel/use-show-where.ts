import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { ShowWhereResult } from '@/utils/messaging';
import { isPresenterKeyEvent } from '@/utils/practice/presenter-keys';
import { controlNamesOf } from '@/utils/steps/catalogue/controls';
import type { StepId } from '@/utils/steps/ids';
import { useLatest } from './use-latest';
import type { TabCommands } from './use-page-state';

export interface ShowWhere {
  /** Asks the followed page to outline the step's control; undefined when the step has none or no page is followed. */
  ask?: () => void;
  /** The page's last answer for this step on this page, or null before asking. */
  result: ShowWhereResult | null;
}

/**
 * "Show me where" (utils/page/show-where.ts): for a step whose control is known (steps/catalogue/controls.ts),
 * the followed page (real or practice copy) is asked, only on request, to outline it. The answer is announced
 * politely and kept until the step or the page changes. Presenting, the W key asks too.
 */
export function useShowWhere(commands: TabCommands, tabId: number | null, onPage: boolean, stepId: StepId | null, pageKey: unknown, presenting: boolean, announce: (text: string) => void): ShowWhere {
  const [result, setResult] = useState<ShowWhereResult | null>(null);
  const names = stepId ? controlNamesOf(stepId) : null;
  useEffect(() => setResult(null), [stepId, pageKey, tabId]);
  const ask =
    tabId !== null && onPage && names
      ? () => {
          // Asked on the watch port; no page listening (yet) answers not found.
          void commands.showWhere(names).then((answer) => {
            setResult(answer);
            announce(i18n.t(answer === 'shown' ? 'showWhere.shown' : 'showWhere.notFound'));
          });
        }
      : undefined;
  // The key handler reads the latest `ask` (the step and page change under it).
  const latest = useLatest(ask);
  useEffect(() => {
    if (!presenting) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isPresenterKeyEvent(event) || (event.key !== 'w' && event.key !== 'W') || !latest.current) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting, latest]);
  return { ask, result };
}
