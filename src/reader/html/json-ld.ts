import { namesFromAuthorValue } from './byline.js'

/** What the JSON-LD of a page says about its article. */
export interface JsonLdArticle {
  readonly headline: string | null
  readonly authors: readonly string[]
  readonly datePublished: string | null
  readonly dateModified: string | null
  readonly publisher: string | null
  /** The `inLanguage` of the article, as given. */
  readonly language: string | null
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** Article types, most specific first; a page with several nodes uses the best-ranked one. */
const ARTICLE_TYPES = [
  'newsarticle',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'liveblogposting',
  'article',
  'blogposting',
  'socialmediaposting',
  'techarticle',
  'scholarlyarticle',
  'report',
  'posting',
  'webpage',
  'itempage',
]

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function parseBlock(body: string): Json | null {
  const text = body.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')
  if (text === '') return null
  try {
    return JSON.parse(text) as Json
  } catch {
    // Pages often put raw line breaks or tabs inside JSON strings: retry with them as spaces.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as Json
    } catch {
      return null
    }
  }
}

/** Every object node of a JSON-LD value: top-level arrays and `@graph`s flattened. */
function nodes(value: Json, out: JsonObject[], depth = 0): void {
  if (depth > 4) return
  if (Array.isArray(value)) {
    for (const v of value) nodes(v, out, depth + 1)
  } else if (isObject(value)) {
    out.push(value)
    const graph = value['@graph']
    if (graph !== undefined) nodes(graph, out, depth + 1)
  }
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type']
  const list = Array.isArray(t) ? t : [t]
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase())
}

function rank(node: JsonObject): number {
  let best = Number.POSITIVE_INFINITY
  for (const t of typesOf(node)) {
    const i = ARTICLE_TYPES.indexOf(t)
    if (i >= 0 && i < best) best = i
  }
  return best
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (Array.isArray(v)) return str(v[0])
  if (isObject(v)) return str(v['@value'] ?? v.name)
  return null
}

/** Replaces `{"@id": ...}` references with the node of that id, when the graph has it. */
function resolve(v: Json | undefined, byId: Map<string, JsonObject>): Json | undefined {
  if (Array.isArray(v)) return v.map((x) => resolve(x, byId) ?? null)
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
    return byId.get(v['@id']) ?? v
  }
  return v
}

/**
 * Reads the article node of a page's JSON-LD blocks (NewsArticle, ReportageNews, Article,
 * BlogPosting..., at top level, in arrays or inside `@graph`), resolving `@id` references for the
 * author and publisher. Author values may be strings, objects or arrays; only names are kept.
 * Returns null when no block parses or none describes an article or web page.
 *
 * @example
 * readJsonLd(['{"@type":"NewsArticle","headline":"H","author":{"name":"Ann Lee"}}']).authors // ['Ann Lee']
 */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
  const all: JsonObject[] = []
  for (const b of blocks) {
    const parsed = parseBlock(b)
    if (parsed !== null) nodes(parsed, all)
  }
  if (all.length === 0) return null
  const byId = new Map<string, JsonObject>()
  for (const n of all) if (typeof n['@id'] === 'string') byId.set(n['@id'], n)
  let article: JsonObject | null = null
  let best = Number.POSITIVE_INFINITY
  for (const n of all) {
    const r = rank(n)
    if (r < best) {
      best = r
      article = n
    }
  }
  // Other creative works (a HowTo, a VideoObject, a Recipe) still date and sign the page.
  article ??=
    all.find((n) => str(n.datePublished) !== null && !typesOf(n).includes('website')) ?? null
  if (!article) return null
  const authorValue = resolve(article.author ?? article.creator, byId)
  const publisher = resolve(article.publisher, byId)
  const site = all.find((n) => typesOf(n).includes('website'))
  return {
    headline:
      str(article.headline) ?? (best < ARTICLE_TYPES.indexOf('webpage') ? str(article.name) : null),
    authors: namesFromAuthorValue(authorValue),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    publisher:
      (isObject(publisher) ? str(publisher.name) : str(publisher)) ??
      (site ? str(site.name) : null),
    language: str(article.inLanguage),
  }
}
