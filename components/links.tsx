import type { ComponentChildren } from 'preact';
import type { ContactId } from '@/utils/steps/schema';
import { CONTACTS } from './contacts';

/** Every outside link opens in a new tab and tells the site nothing about the extension. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

/** One help contact: its name (linked where it has an address) and how to reach it. */
export function ContactItem({ id }: { id: ContactId }) {
  const c = CONTACTS[id];
  return (
    <li>
      {c.href ? <ExternalLink href={c.href}>{c.name}</ExternalLink> : <strong>{c.name}</strong>}: {c.detail}
    </li>
  );
}
