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

/**
 * What the pre-pass drops, in one left-to-right scan (one pass over the page, not one per kind;
 * a `<!--` inside a script no longer starts a comment): 1. comments; 2. scripts, an unclosed one
 * to the end (group 1: attributes, 2: body); 3. elements whose content is never article text,
 * which dropped before parsing saves most of the parse time on modern pages (inline CSS, SVG
 * icons, menus of `<option>`s; group 3: the name); 4. site menus, a fifth of the HTML of the dev
 * pages (a `<nav>` inside a `<nav>` ends the match early; the stray end tag is harmless); 5. bulky
 * void elements.
 */
const DROPPED = new RegExp(
  [
    /<!--[\s\S]*?(?:-->|$)/,
    /<script\b([^>]*)>([\s\S]*?)(?:<\/script\s*>|$)/,
    // Group 3 is the element's name, matched again at its end tag.
    '<(style|svg|noscript|template|iframe|object|canvas|select|textarea|math)\\b[^>]*>[\\s\\S]*?<\\/\\3\\s*>',
    /<nav\b[^>]*>[\s\S]*?<\/nav\s*>/,
    /<(?:link|source|input|wbr|track|area|param|embed)\b[^>]*>/,
  ]
    .map((r) => (typeof r === 'string' ? r : r.source))
    .join('|'),
  'gi',
)
const DATA_URI = /(["'])data:[^"']{200,}\1/g
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
  let html = content.replace(DROPPED, (_all, attrs?: string, body?: string) => {
    // Some CMSs leave out the type: a script that is a schema.org JSON object is JSON-LD too.
    if (
      body !== undefined &&
      (/ld\+json/i.test(attrs ?? '') ||
        /^\s*[[{][\s\S]{0,80}"@context"\s*:\s*"https?:\/\/schema\.org/.test(body))
    )
      jsonLd.push(body)
    return ''
  })
  html = html.replace(DATA_URI, '""')
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
