import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { todayIso } from '@/utils/formats';
import type { PageState } from '@/utils/panel/page-state';
import { saveErrorMessage } from '@/utils/progress/errors';
import * as store from '@/utils/progress/store';
import type { StepId } from '@/utils/steps/ids';
import { resolvePage, taughtFull, taughtKey, teach } from '@/utils/taught/taught';
import type { Resolved, TaughtPage } from '@/utils/taught/taught';

export interface Taught extends Resolved {
  /** Teach this page as `step` (a correction when the rules saw another step). */
  teach(step: StepId): void;
  /** Forget what was taught for a page (the current one by default: the "Undo" of the note). */
  forget(page?: Pick<TaughtPage, 'host' | 'path'>): void;
  /** A plain message when teaching or forgetting did not happen (list full, storage failed). */
  message: string | null;
}

/**
 * Taught pages on top of what the page reports (pure rules in utils/taught/taught.ts). Writes go straight to
 * storage, one key per page; every open panel's mirror (use-stored.ts) shows them when storage reports the change.
 */
export function useTaught(page: PageState, taught: readonly TaughtPage[], announce: (text: string) => void): Taught {
  const [message, setMessage] = useState<string | null>(null);
  const resolved = useMemo(() => resolvePage(page, taught), [page, taught]);
  /** `said`: announced once written; teaching and undoing here need none (the panel announces the new step). */
  const write = (key: string, value: unknown, said?: string) => {
    setMessage(null);
    store.setKey(key, value).then(
      () => said && announce(said),
      (err: unknown) => setMessage(saveErrorMessage(err)),
    );
  };
  return {
    ...resolved,
    message,
    teach: (step) => {
      const w = teach(resolved, step, taught, todayIso());
      if (!w) return;
      if ('full' in w) return setMessage(taughtFull());
      write(w.key, w.value);
    },
    forget: (p) => {
      const here = resolved.taught;
      if (!p) return void (here && write(taughtKey(here.host, here.path), null));
      const current = here?.host === p.host && here.path === p.path;
      write(taughtKey(p.host, p.path), null, current ? undefined : i18n.t('app.announceForgotten', { page: `${p.host}${p.path}` }));
    },
  };
}
