import { getDomain, getHostname } from 'tldts';

/**
 * The key a site rule is stored under: the registrable domain, so that a switch
 * flipped on edition.cnn.com also covers www.cnn.com. Hosts without a public
 * suffix (localhost, IP addresses, intranet names) are keyed by host name.
 * Returns null for pages the extension never runs on (browser pages, files, stores).
 */
export function siteKeyForUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const domain = getDomain(parsed.href, { allowPrivateDomains: false });
  if (domain) return domain;
  return getHostname(parsed.href) || null;
}

/** Normalises what a person typed into the options page ("https://www.CNN.com/x", "cnn.com") to a site key. */
export function siteKeyForInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  return siteKeyForUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
}
