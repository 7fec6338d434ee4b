/**
 * The site name a URL gives when the page names none: its host without `www.` (or `m.`).
 *
 * @example
 * siteFromUrl('https://www.example.org/a/b') // 'example.org'
 */
export function siteFromUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host.replace(/^(?:www\d*|m|amp)\./, '') || null
  } catch {
    // not an absolute URL: no host to name the site
    return null
  }
}
