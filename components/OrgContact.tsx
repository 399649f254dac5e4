import { i18n } from '#i18n';
import type { OrgContact as Contact } from '@/utils/policy';

export interface OrgContactProps {
  organizationName?: string;
  contact?: Contact;
}

/** The organisation's own help contact, set by its IT (managed policy); listed before the CMS help desks. */
export function OrgContact({ organizationName, contact }: OrgContactProps) {
  const who = contact?.name ?? i18n.t('orgContact.defaultName');
  return (
    <li data-org-contact="" class="org-contact">
      <strong>{who}</strong>
      {organizationName ? <span>{i18n.t('orgContact.organization', { name: organizationName })}</span> : null}
      {contact?.email ? (
        <>
          {' · '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      ) : null}
      {contact?.phone ? (
        <>
          {' · '}
          <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a>
        </>
      ) : null}
      <span class="muted small">{i18n.t('orgContact.setBy')}</span>
    </li>
  );
}
