import { message } from '../core/messages.js'
import type { Caption, Message, Meta } from '../core/schema.js'
import { type Body, extractBody } from './html/body.js'
import { namesFromByline } from './html/byline.js'
import { parseDocument, parseLinkedom } from './html/dom.js'
import { readJsonLd } from './html/json-ld.js'
import { detectLanguage } from './html/language.js'
import { chooseAuthors, type PageMetadata, readPageMetadata } from './html/metadata.js'
import { MAX_HTML_CHARS, prestrip, slimAttributes } from './html/prestrip.js'
import { restoreProse } from './html/restore.js'
import { parseCaption } from './lines/caption.js'
import type { Reading } from './reading.js'
import { siteFromUrl } from './site-name.js'
import { readLines } from './text-reader.js'

const STAGE = 'reader'

/** Last resort when no DOM can be built: one line per tag-separated run of text. */
function tagStrippedLines(html: string): string[] {
  return html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
}

function emptyPage(url: string | null): PageMetadata {
  return {
    title: null,
    authors: [],
    bylineAuthors: [],
    textAuthors: [],
    date: null,
    dateStrong: false,
    site: siteFromUrl(url),
    siteNames: [],
    language: null,
  }
}

function merge(page: PageMetadata, body: Body | null, lines: Reading): Meta {
  const fromLines = lines.meta
  const authors = chooseAuthors(
    [
      page.authors,
      namesFromByline(body?.byline),
      page.bylineAuthors,
      fromLines.authors,
      page.textAuthors,
    ],
    page.siteNames,
  )
  // The markup's date, even a weak one, beats a dateline the line classifier finds in the body
  // (on html-dev the classifier's dates were right less often than weak markup dates).
  const date =
    page.date ??
    (fromLines.documentDate === null
      ? null
      : {
          published: fromLines.published ?? fromLines.documentDate,
          documentDate: fromLines.documentDate,
        })
  return {
    title: page.title ?? fromLines.title,
    authors,
    published: date?.published ?? fromLines.published,
    documentDate: date?.documentDate ?? fromLines.documentDate,
    site: page.site ?? fromLines.site,
    language: page.language ?? detectLanguage(lines.text) ?? fromLines.language,
    readingTimeMinutes: fromLines.readingTimeMinutes,
  }
}

function read(content: string, url: string | null, messages: Message[]): Reading {
  const stripped = prestrip(content)
  if (stripped.truncated) {
    messages.push(
      message('input/truncated', `the page was cut at ${MAX_HTML_CHARS} characters of HTML`, STAGE),
    )
  }
  const jsonLd = readJsonLd(stripped.jsonLd)
  const doc = parseDocument(stripped.html)
  let page: PageMetadata
  let body: Body | null = null
  let lines: string[]
  if (!doc) {
    messages.push(message('html/broken', 'the HTML could not be parsed; tags were stripped', STAGE))
    page = emptyPage(url)
    lines = tagStrippedLines(stripped.html)
  } else {
    page = readPageMetadata(doc, jsonLd, url)
    // Readability, when the density finder's passes find no text, reads linkedom's DOM, built only then.
    body = extractBody(doc, () => parseLinkedom(slimAttributes(stripped.html)))
    if (body.source !== 'readability' && body.source !== 'density') {
      messages.push(
        message('html/no-article', `no article found; body taken from ${body.source}`, STAGE),
      )
    }
    lines = body.lines.map((l) => l.text)
  }
  const reading = doc
    ? restoreProse(body?.lines ?? [], readLines(lines, { title: page.title }))
    : readLines(lines, { title: page.title })
  if (reading.text === '' && !reading.messages.some((m) => m.code === 'reader/no-body')) {
    messages.push(message('reader/no-body', 'no body text found', STAGE))
  }
  const meta = merge(page, body, reading)
  return {
    ...reading,
    meta,
    captions: withBodyCaptions(reading.captions, body?.captions ?? [], meta.documentDate),
    messages: [...messages, ...reading.messages],
  }
}

/**
 * The captions the line classifier found, then those the body finder left out of the article
 * (figcaptions), read for their place and date ({@link parseCaption}), each text once.
 */
function withBodyCaptions(
  found: readonly Caption[],
  texts: readonly string[],
  documentDate: string | null,
): readonly Caption[] {
  if (texts.length === 0) return found
  const year = documentDate === null ? null : Number(documentDate.slice(0, 4))
  const out = [...found]
  const seen = new Set(found.map((c) => c.text))
  for (const text of texts) {
    if (seen.has(text)) continue
    seen.add(text)
    out.push(parseCaption(text, year) ?? { text, place: null, date: null })
  }
  return out
}

/**
 * Reads a saved HTML page into a clean body and metadata. A cascade, each step documented where
 * it lives:
 * 1. a regex pre-pass drops scripts, styles, SVG, comments..., keeping JSON-LD aside ({@link prestrip});
 * 2. our tree builder parses the rest (`parseDocument`); if it cannot, tags are stripped (`html/broken`);
 * 3. metadata by its own cascade (JSON-LD, OpenGraph, meta tags, markup, URL: `readPageMetadata`);
 * 4. the body: the content-density finder (700+ characters, else again with Readability's retry
 *    flags off, else its longest pass), else Readability over a linkedom DOM when no pass finds
 *    text, else a paragraph-container fallback (`html/no-article`), as block lines
 *    ({@link extractBody});
 * 5. the shared line classifier (`readLines`) removes boilerplate lines and finds captions;
 *    its metadata fills what the HTML did not give; prose lines it dropped only for lying outside
 *    its article run are put back ({@link restoreProse}), the finder having chosen the article.
 * It never throws: an unexpected failure gives a `html/broken` message and the tag-stripped text.
 *
 * @example
 * readHtml('<html><body><article><p>Text.</p></article></body></html>', null).text // 'Text.'
 */
export function readHtml(content: string, url: string | null): Reading {
  const messages: Message[] = []
  try {
    return read(content, url, messages)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    const reading = readLines(tagStrippedLines(prestrip(content).html), { title: null })
    return {
      ...reading,
      meta: { ...reading.meta, site: reading.meta.site ?? siteFromUrl(url) },
      messages: [
        ...messages,
        message('html/broken', `the HTML reader failed (${why}); tags were stripped`, STAGE),
        ...reading.messages,
      ],
    }
  }
}
