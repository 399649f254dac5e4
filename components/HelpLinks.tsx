import { CONTACTS } from './contacts';
import type { ContactId } from '@/utils/steps/schema';
import { HELP_LINKS } from '@/utils/steps/catalogue/sources';

const DESKS: ContactId[] = ['iqies-service-center', 'qualitynet-help-desk', 'ccsq-support-central'];

/** Every help desk, manual and video in one place, whatever the step. */
export function HelpLinks() {
  return (
    <details class="help-links" data-testid="help-links">
      <summary>Help desks, manuals and videos</summary>
      <ul>
        {DESKS.map((id) => {
          const c = CONTACTS[id];
          return (
            <li key={id}>
              {c.href ? (
                <a href={c.href} target="_blank" rel="noreferrer noopener">
                  {c.name}
                </a>
              ) : (
                c.name
              )}
              : {c.detail}
            </li>
          );
        })}
        {HELP_LINKS.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
