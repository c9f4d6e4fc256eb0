import { parse } from 'tldts';

/**
 * The key a site rule is stored under: the registrable domain, so that a switch
 * flipped on edition.cnn.com also covers www.cnn.com. Private suffixes count as public
 * ones (user.github.io and other.github.io are two sites, as their owners are). Hosts
 * without a registrable domain (localhost, IP addresses, intranet names) are keyed by host
 * name, IPv6 addresses in brackets as URLs write them ("[::1]").
 * Returns null for pages the extension never runs on (browser pages, files, stores).
 */
export function siteKeyForUrl(url: string | undefined | null): string | null {
  const host = webHost(url);
  if (!host) return null;
  // The URL parser has already lower-cased, punycoded and bracketed the host.
  if (host.startsWith('[')) return host;
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

/** Normalises what a person typed into the options page ("https://www.CNN.com/x", "cnn.com") to a site key. */
export function siteKeyForInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  return siteKeyForUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

/** A page's host and the site its switch is stored under, and whether the switch covers more than that host. */
export interface SiteCoverage {
  host: string;
  site: string;
  /** The switch also covers other hosts of the site (news.google.com switches google.com). "www." alone does not count. */
  widens: boolean;
}

export function siteCoverage(url: string | undefined | null): SiteCoverage | null {
  const host = webHost(url);
  const site = siteKeyForUrl(url);
  if (!host || !site) return null;
  return { host, site, widens: host !== site && host !== `www.${site}` };
}

function webHost(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname.replace(/\.$/, '') || null;
}
