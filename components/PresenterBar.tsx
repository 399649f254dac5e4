export interface PresenterBarProps {
  on: boolean;
  onToggle(): void;
  /** Present when a tab is followed: opens the guide in its own window following that tab. */
  onPopOut?: () => void;
  /** The printable hand-out of the chosen track (all tracks when none). */
  handoutHref: string;
}

/** The presenter toggle, the pop-out button and, in presenter mode, the visible key legend. */
export function PresenterBar({ on, onToggle, onPopOut, handoutHref }: PresenterBarProps) {
  return (
    <div class="presenter-bar" data-testid="presenter-bar">
      <div class="presenter-buttons">
        <button type="button" aria-pressed={on} data-testid="presenter-toggle" onClick={onToggle}>
          Presenter mode
        </button>
        {onPopOut && (
          <button type="button" data-testid="pop-out" onClick={onPopOut}>
            Pop out to a window
          </button>
        )}
        <a href={handoutHref} target="_blank" rel="noopener" data-testid="handout-link">
          Hand-out to print
        </a>
      </div>
      {on && (
        <section class="key-legend" aria-label="Presenter keys" data-testid="key-legend">
          <p>
            <kbd>→</kbd> next step · <kbd>←</kbd> previous · <kbd>Home</kbd> first · <kbd>End</kbd> last · <kbd>1</kbd>–<kbd>9</kbd>,{' '}
            <kbd>0</kbd> step number
          </p>
          <p class="muted">Privacy screen: form fields on the HARP or iQIES page you follow are blurred while you present.</p>
        </section>
      )}
    </div>
  );
}
