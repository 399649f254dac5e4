import type { ComponentChildren, JSX } from 'preact';

type LinkProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href' | 'target' | 'rel'> & { href: string; children: ComponentChildren };

/** Every outside link opens in a new tab and tells the site nothing about the extension. */
export function ExternalLink({ href, children, ...rest }: LinkProps) {
  return (
    <a {...rest} href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
