import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { Track } from '@/utils/tracks/schema';
import { focusSoon } from '../use-shown-step';

interface HeaderProps {
  organizationName?: string;
  track: Track | null;
  /** Whether the full track chooser is open (the chip's disclosure state). */
  chooserOpen: boolean;
  onTrackChip(): void;
  /** The "What went wrong?" search, mounted by the container. */
  search?: ComponentChildren;
}

/**
 * The panel's own title, the track as one chip (opening the chooser) and the "More" launcher, which takes focus to
 * the More area (workspace, reminders, trainer tools, help) at the end of the panel: one action, from anywhere.
 */
export function Header({ organizationName, track, chooserOpen, onTrackChip, search }: HeaderProps) {
  return (
    <header class="app-header">
      <div class="header-row">
        <h1>{i18n.t('app.title')}</h1>
        <button
          type="button"
          class="chip more-button"
          data-testid="more-button"
          aria-controls="more"
          onClick={() => {
            document.getElementById('more')?.scrollIntoView({ block: 'start' });
            focusSoon('#more-heading');
          }}
        >
          {i18n.t('header.more')}
        </button>
      </div>
      {organizationName && (
        <p class="org-name muted small" data-org-name>
          {i18n.t('app.forOrganization', { name: organizationName })}
        </p>
      )}
      {/* The "What went wrong?" search goes here (header slot). */}
      {search}
      <p class="track-chip-row">
        <button type="button" class="chip track-chip" data-testid="change-track" aria-expanded={chooserOpen} onClick={onTrackChip}>
          {track ? i18n.t('header.trackFor', { title: track.title }) : i18n.t('app.chooseTrack')}
        </button>
      </p>
    </header>
  );
}
