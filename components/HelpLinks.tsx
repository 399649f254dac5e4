import { i18n } from '#i18n';
import type { ContactId } from '@/utils/steps/schema';
import { HELP_LINKS } from '@/utils/steps/catalogue/sources';
import { SourceLink } from './Citations';
import { ContactItem } from './ContactItem';
import { OrgContact } from './OrgContact';
import type { OrgContactProps } from './OrgContact';

const DESKS: ContactId[] = ['iqies-service-center', 'qualitynet-help-desk', 'ccsq-support-central'];

/** Every help desk, manual and video in one place, whatever the step; the organisation's own contact first. */
export function HelpLinks({ orgContact }: { orgContact?: OrgContactProps | null }) {
  return (
    <details class="help-links" data-testid="help-links">
      <summary>{i18n.t('helpLinks.summary')}</summary>
      <ul>
        {orgContact && <OrgContact {...orgContact} />}
        {DESKS.map((id) => (
          <ContactItem key={id} id={id} />
        ))}
        {HELP_LINKS.map((id) => (
          <li key={id}>
            <SourceLink id={id} />
          </li>
        ))}
      </ul>
    </details>
  );
}
