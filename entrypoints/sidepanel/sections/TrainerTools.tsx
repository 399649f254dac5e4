import { i18n } from '#i18n';
import { DemoBar } from '@/components/DemoBar';
import { PresenterBar } from '@/components/PresenterBar';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import type { TrackId } from '@/utils/tracks/schema';
import { popOut } from '../pop-out';
import { firstPracticeStep, showPracticeStep } from '../practice-tab';
import type { Demo } from '../use-demo';
import type { TabCommands } from '../use-page-state';
import type { Presenter } from '../use-presenter';

interface TrainerToolsProps {
  presenter: Presenter;
  tabId: number | null;
  /** The followed tab's commands: a reset demo moves the practice tab to its first screen. */
  commands: TabCommands;
  trackId: TrackId | null;
  /** The panel follows a practice copy: the demo workspace's reset joins the tools. */
  practice: boolean;
  demo: Demo;
  announce(text: string): void;
}

/**
 * Presenter mode, pop-out, the hand-out and (on a practice copy) the demo reset, together. Where they show is the
 * container's choice: at the top on a practice copy, under More on real pages, as a footer while presenting.
 */
export function TrainerTools({ presenter, tabId, commands, trackId, practice, demo, announce }: TrainerToolsProps) {
  return (
    <section class="trainer-tools" aria-labelledby="trainer-heading" data-trainer-tools>
      <h2 id="trainer-heading" class="small-heading">
        {i18n.t('trainerTools.heading')}
      </h2>
      <PresenterBar
        on={presenter.on}
        onToggle={presenter.toggle}
        onPopOut={tabId === null ? undefined : () => popOut(tabId, presenter.on)}
        handoutHref={`handout.html${trackId ? `?track=${trackId}` : ''}`}
      />
      {practice && (
        <DemoBar
          tracks={TRACKS}
          track={demo.track}
          onReset={(id) => {
            void demo.reset(id).then((done) => {
              if (!done) return;
              const first = getTrack(id);
              const start = first && firstPracticeStep(first);
              if (start) showPracticeStep(commands, start);
              announce(i18n.t('app.announceDemoReset', { title: first?.title ?? id }));
            });
          }}
        />
      )}
    </section>
  );
}
