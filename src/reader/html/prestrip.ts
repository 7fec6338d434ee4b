/** The page after the regex pre-pass, with the JSON-LD blocks it removed. */
export interface Stripped {
  readonly html: string
  /** The bodies of `<script type="application/ld+json">` elements, in page order. */
  readonly jsonLd: readonly string[]
  /** True when the page was cut at {@link MAX_HTML_CHARS}. */
  readonly truncated: boolean
}

/**
 * Cap on the HTML handed to the parser, in UTF-16 code units, after stripping. Article text sits
 * well inside it; beyond it, linkedom and Readability would take seconds on one page.
 */
export const MAX_HTML_CHARS = 1_500_000

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
// Elements whose content is never article text: dropping them before parsing saves most of the
// parse and Readability time on modern pages (inline CSS, SVG icons, menus of <option>s).
const DEAD =
  /<(style|svg|noscript|template|iframe|object|canvas|select|textarea|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const UNCLOSED_SCRIPT = /<script\b[^>]*>[\s\S]*$/i
const VOID_NOISE = /<(?:link|source|input|wbr|track|area|param|embed)\b[^>]*>/gi
const DATA_URI = /(["'])data:[^"']{200,}\1/g
// Site menus: never article text, and a fifth of the HTML of the dev pages (a <nav> inside a
// <nav> ends the match early; the stray end tag is harmless).
const NAV = /<nav\b[^>]*>[\s\S]*?<\/nav\s*>/gi
// Attributes that neither Readability (class, id, role, style, aria-hidden, rel, itemprop, href,
// datetime...) nor the metadata cascade read: dropping them shortens linkedom's parsing.
// Inline styles matter to Readability only when they hide an element.
const IDLE_STYLE =
  /\sstyle\s*=\s*(?:"(?![^"]*(?:display|visibility))[^"]*"|'(?![^']*(?:display|visibility))[^']*')/gi
const IDLE_ATTRIBUTE =
  /\s(?:data-[\w-]+|srcset|sizes|on[a-z]+|aria-(?!hidden)[\w-]+|xmlns(?::\w+)?|loading|decoding|tabindex|target|width|height|jsaction|jsname)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+)/gi

/**
 * The regex pre-pass run before parsing: keeps JSON-LD aside, then drops comments, scripts, styles,
 * SVG, `noscript`, `template`, `iframe`, `nav` menus, form lists, bulky void elements and inline
 * data URIs, and caps the size. Regexes cannot follow nesting, so only elements that do not nest in practice are
 * removed here; everything else is left to the parser.
 *
 * @example
 * prestrip('<p>a</p><script>x()</script>').html // '<p>a</p>'
 */
export function prestrip(content: string): Stripped {
  const jsonLd: string[] = []
  let html = content.replace(COMMENT, '')
  html = html.replace(SCRIPT, (_all, attrs: string, body: string) => {
    // Some CMSs leave out the type: a script that is a schema.org JSON object is JSON-LD too.
    if (
      /ld\+json/i.test(attrs) ||
      /^\s*[[{][\s\S]{0,80}"@context"\s*:\s*"https?:\/\/schema\.org/.test(body)
    )
      jsonLd.push(body)
    return ''
  })
  html = html
    .replace(UNCLOSED_SCRIPT, '')
    .replace(DEAD, '')
    .replace(VOID_NOISE, '')
    .replace(DATA_URI, '""')
    .replace(NAV, '')
  let truncated = false
  if (html.length > MAX_HTML_CHARS) {
    const cut = html.lastIndexOf('<', MAX_HTML_CHARS)
    html = html.slice(0, cut > 0 ? cut : MAX_HTML_CHARS)
    truncated = true
  }
  return { html, jsonLd, truncated }
}

/**
 * Drops the attributes nobody reads (`data-*`, `srcset`, event handlers, inline styles that hide
 * nothing...) from pre-stripped HTML before linkedom parses it for Readability: a shorter parse
 * and fewer attribute nodes. Our own tree builder skips attributes cheaply and reads the page as
 * it is (measured: the two passes cost more than they save it).
 *
 * @example
 * slimAttributes('<p data-x="1" class="c">a</p>') // '<p class="c">a</p>'
 */
export function slimAttributes(html: string): string {
  return html.replace(IDLE_ATTRIBUTE, '').replace(IDLE_STYLE, '')
}
