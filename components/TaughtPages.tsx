import type { TaughtPage } from '@/utils/taught/taught';

export interface TaughtPagesProps {
  pages: readonly TaughtPage[];
  titleOf(step: TaughtPage['step']): string;
  onForget(page: TaughtPage): void;
}

/** "Pages you taught": what is kept for each (the address shape, the step, the date), each one forgettable. */
export function TaughtPages({ pages, titleOf, onForget }: TaughtPagesProps) {
  if (!pages.length) return null;
  return (
    <details class="taught-pages" data-taught-pages>
      <summary>Pages you taught ({pages.length})</summary>
      <p class="muted small">
        Kept in this browser only: each page's site and address (ids, query and personal parts removed), the step you
        chose and the date. Nothing from the page itself.
      </p>
      <ul>
        {pages.map((p) => {
          const where = `${p.host}${p.path}`;
          return (
            <li key={where} data-taught-page={where} data-step-taught={p.step}>
              <code>{where}</code> is <strong>{titleOf(p.step)}</strong>
              <span class="muted">
                {p.fix ? ' (your correction)' : ''} · {p.on}
              </span>{' '}
              <button type="button" class="link-button" data-forget aria-label={`Forget ${where}`} onClick={() => onForget(p)}>
                Forget
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
