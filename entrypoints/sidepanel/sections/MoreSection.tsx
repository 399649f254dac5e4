import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { HelpLinks } from '@/components/HelpLinks';
import { TaughtPages } from '@/components/TaughtPages';
import type { OrgContactProps } from '@/components/OrgContact';
import { PolicyNote } from '@/components/PolicyNote';
import type { Policy, PolicyKey } from '@/utils/policy';
import { getStep } from '@/utils/steps/catalogue';
import type { TaughtPage } from '@/utils/taught/taught';
import type { Progress } from '../use-progress';
import { WorkspacePanel } from '../WorkspacePanel';
import { RemindersSetting } from './RemindersSetting';

interface MoreSectionProps {
  /** The user's real progress (workspaces, export and import never act on the demo). */
  progress: Progress;
  /** Following a practice copy: the workspace controls step aside for the demo. */
  practice: boolean;
  policy: Policy;
  /** Policy keys the organisation set in a shape the guide could not use (said here, never a crash). */
  policyIgnored: readonly PolicyKey[];
  /** Policy keys the guide does not know (only Firefox lets them through: Chrome drops them against the schema). */
  policyUnknown?: readonly string[];
  /** Facility workspaces the policy names that could not be created. */
  policyNotCreated?: readonly string[];
  orgContact: OrgContactProps | null;
  taught: readonly TaughtPage[];
  onForget(page: TaughtPage): void;
  announce(text: string): void;
  /** Trainer tools, when they live here (real pages, not presenting). */
  trainer?: ComponentChildren;
}

/**
 * Everything that is not the step, in one predictable place at the end of the panel (the header's "More" takes
 * focus here): the organisation's settings note, workspace and key dates, export and import, reminders, taught pages, help, trainer tools.
 */
export function MoreSection({ progress, practice, policy, policyIgnored, policyUnknown, policyNotCreated, orgContact, taught, onForget, announce, trainer }: MoreSectionProps) {
  return (
    <section id="more" class="more" aria-labelledby="more-heading" data-more>
      <h2 id="more-heading" class="nav-heading" tabIndex={-1}>
        {i18n.t('header.moreHeading')}
      </h2>
      <PolicyNote ignored={policyIgnored} unknown={policyUnknown} notCreated={policyNotCreated} />
      {!practice && <WorkspacePanel progress={progress} announce={announce} />}
      {!practice && <RemindersSetting progress={progress} policy={policy} announce={announce} />}
      <TaughtPages pages={taught} titleOf={(id) => getStep(id)?.title ?? id} onForget={onForget} />
      <HelpLinks orgContact={orgContact} />
      {trainer}
    </section>
  );
}
