import type { ContactId } from '@/utils/steps/schema';
import { Cites } from './Citations';
import { CONTACTS } from './contacts';
import { ExternalLink } from './links';

/** One help contact: its name (linked where it has an address), how to reach it, and where that comes from. */
export function ContactItem({ id }: { id: ContactId }) {
  const c = CONTACTS[id];
  return (
    <li data-claim="contact">
      {c.href ? <ExternalLink href={c.href}>{c.name}</ExternalLink> : <strong>{c.name}</strong>}: {c.detail}
      <Cites cites={c.cite} />
    </li>
  );
}
