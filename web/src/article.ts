/// <reference lib="dom" />
/**
 * The article view: the clean text with entity mentions, timexes, quotes (with speaker and
 * channel) and event triggers highlighted. Hovering a highlight shows what was read there
 * (normalised values, roles, PLOVER codes, status) in a side panel and a native tooltip.
 */
import type { DocumentJSON } from '../../src/core/schema.js'
import { type Child, h, link, replace } from './dom.js'

type Kind = 'entity' | 'timex' | 'quote' | 'speaker' | 'event' | 'focus'

interface Mark {
  readonly start: number
  readonly end: number
  readonly kind: Kind
  readonly cls: string
  readonly label: string
  readonly lines: readonly string[]
  /** The entity's name, for links to its page. */
  readonly entity?: string
}

const KINDS: readonly [Kind, string][] = [
  ['entity', 'Entities'],
  ['timex', 'Times'],
  ['quote', 'Quotes'],
  ['speaker', 'Speakers'],
  ['event', 'Events'],
]

/** Every highlight of a Document, from its layers. */
export function marks(doc: DocumentJSON): Mark[] {
  const out: Mark[] = []
  const entityName = new Map(doc.entities.map((e) => [e.id, e.name]))
  for (const e of doc.entities) {
    const roles = e.roles.map((r) => (r.of ? `${r.title} of ${r.of}` : r.title))
    for (const m of e.mentions) {
      out.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        cls: `ent ent-${e.type.toLowerCase()}`,
        label: `${e.type} ${e.id}`,
        entity: e.name,
        lines: [
          `${e.name} (${e.type}, ${m.kind})`,
          roles.length ? `roles: ${roles.join('; ')}` : '',
          `${e.mentions.length} mention(s)`,
        ],
      })
    }
  }
  for (const t of doc.timexes) {
    out.push({
      start: t.start,
      end: t.end,
      kind: 'timex',
      cls: 'timex',
      label: `${t.type} ${t.id}`,
      lines: [`${t.type} = ${t.value}`, `resolution: ${t.resolution}`],
    })
  }
  for (const q of doc.quotes) {
    const who = q.speaker
      ? (q.speaker.entity && entityName.get(q.speaker.entity)) || q.speaker.text
      : 'unknown speaker'
    out.push({
      start: q.start,
      end: q.end,
      kind: 'quote',
      cls: 'quote',
      label: `quote ${q.id}`,
      lines: [
        `${q.type} quote by ${who}`,
        `channel: ${q.channel ?? '—'}`,
        q.cue ? `cue: ${q.cue.text}` : '',
      ],
    })
    if (q.speaker) {
      out.push({
        start: q.speaker.start,
        end: q.speaker.end,
        kind: 'speaker',
        cls: 'speaker',
        label: `speaker of ${q.id}`,
        lines: [`speaker of ${q.id}: ${who}`],
      })
    }
  }
  for (const v of doc.events) {
    const party = (p: { entity: string | null; text: string } | null) =>
      p ? (p.entity && entityName.get(p.entity)) || p.text : '—'
    out.push({
      start: v.trigger.start,
      end: v.trigger.end,
      kind: 'event',
      cls: `event ${eventTone(v.intensity)}`,
      label: `event ${v.id}`,
      lines: [
        `${v.category}${v.mode ? `/${v.mode}` : ''}${v.cameo ? ` (CAMEO ${v.cameo})` : ''}`,
        `intensity: ${v.intensity ?? '—'}`,
        `${party(v.actor)} → ${party(v.recipient)}`,
        `status: ${v.status}`,
        v.date ? `date: ${v.date.value} (${v.date.basis})` : '',
        v.location ? `where: ${v.location.text}` : '',
      ],
    })
  }
  return out.filter((m) => m.end > m.start && m.start >= 0 && m.end <= doc.text.length)
}

function eventTone(intensity: number | null): string {
  if (intensity === null || intensity === 0) return 'tone-neutral'
  return intensity > 0 ? 'tone-coop' : 'tone-conflict'
}

/**
 * Cuts the text at every highlight boundary; each piece carries the highlights covering it.
 * Returns pieces in text order (O(boundaries × covering highlights)).
 */
export function pieces(
  text: string,
  all: readonly Mark[],
): { start: number; end: number; marks: Mark[] }[] {
  const cuts = new Set<number>([0, text.length])
  for (const m of all) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byStart = [...all].sort((a, b) => a.start - b.start)
  const open: Mark[] = []
  let next = 0
  const out: { start: number; end: number; marks: Mark[] }[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number
    const b = points[i + 1] as number
    while (next < byStart.length && (byStart[next] as Mark).start <= a)
      open.push(byStart[next++] as Mark)
    for (let k = open.length - 1; k >= 0; k--) if ((open[k] as Mark).end <= a) open.splice(k, 1)
    out.push({ start: a, end: b, marks: open.filter((m) => m.start <= a && m.end >= b) })
  }
  return out
}

/** The article view of a Document: header, legend, highlighted text, details, removed text. */
export function articleView(
  doc: DocumentJSON,
  options: {
    story?: string | null
    /** A sentence to outline and scroll to (index into `sentences`). */
    focus?: number | null
    /** Entity highlights link to entity pages (stored documents only). */
    entityLinks?: boolean
  } = {},
): HTMLElement {
  const all = marks(doc)
  const focus =
    options.focus === null || options.focus === undefined ? undefined : doc.sentences[options.focus]
  if (focus) {
    all.push({
      start: focus.start,
      end: focus.end,
      kind: 'focus',
      cls: 'focus',
      label: `sentence ${options.focus}`,
      lines: ['the source sentence you followed'],
    })
  }
  const panel = h(
    'aside',
    { class: 'details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Hover a highlight to see what was read there.'),
  )
  const body = h('div', { class: 'article-text', 'data-testid': 'article-text' })
  for (const p of pieces(doc.text, all)) {
    const text = doc.text.slice(p.start, p.end)
    if (p.marks.length === 0) {
      body.append(text)
      continue
    }
    const span = h(
      'span',
      {
        class: ['hl', ...new Set(p.marks.map((m) => m.cls))].join(' '),
        title: p.marks.map((m) => m.lines.filter(Boolean).join(' · ')).join('\n'),
      },
      text,
    )
    span.addEventListener('mouseenter', () => showDetails(panel, p.marks))
    span.addEventListener('focus', () => showDetails(panel, p.marks))
    const entity = p.marks.find((m) => m.entity !== undefined)?.entity
    if (options.entityLinks && entity !== undefined) {
      span.classList.add('linked')
      span.addEventListener('click', () => {
        location.hash = `/entity/${encodeURIComponent(entity)}`
      })
    }
    body.append(span)
  }
  const legend = h('div', { class: 'legend' })
  const view = h('div', { class: 'article' })
  for (const [kind, name] of KINDS) {
    const n = all.filter((m) => m.kind === kind).length
    const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind })
    box.addEventListener('change', () => view.classList.toggle(`hide-${kind}`, !box.checked))
    legend.append(h('label', { class: `key key-${kind}` }, box, ` ${name} (${n})`))
  }
  const meta = doc.meta
  const removed = h(
    'div',
    { class: 'removed', hidden: true, 'data-testid': 'removed' },
    ...doc.removed.map((r) =>
      h('div', { class: 'removed-item' }, h('span', { class: 'reason' }, r.reason), ' ', r.text),
    ),
  )
  const toggle = h(
    'button',
    { type: 'button', class: 'small' },
    `Show removed boilerplate (${doc.removed.length})`,
  )
  toggle.addEventListener('click', () => {
    removed.hidden = !removed.hidden
    toggle.textContent = `${removed.hidden ? 'Show' : 'Hide'} removed boilerplate (${doc.removed.length})`
  })
  replace(
    view,
    h(
      'header',
      { class: 'doc-head' },
      h('h2', { 'data-testid': 'doc-title' }, meta.title ?? '(untitled)'),
      h('p', { class: 'muted' }, ...metaLine(doc, options.story ?? null)),
      summaryLine(doc),
    ),
    legend,
    h('div', { class: 'article-grid' }, body, panel),
    h('div', { class: 'removed-box' }, toggle, removed),
    messagesBox(doc),
  )
  return view
}

/** Date, site, authors, language, URL (a link only when http/https) and story, dot-separated. */
function metaLine(doc: DocumentJSON, story: string | null): Child[] {
  const m = doc.meta
  const url = doc.input.url
  const parts: Child[] = [m.documentDate, m.site, m.authors.join(', '), m.language].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  )
  if (url) {
    parts.push(
      /^https?:\/\//i.test(url)
        ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url)
        : url,
    )
  }
  if (story) parts.push(link('/stories', 'story ', story))
  return parts.flatMap((p, i) => (i === 0 ? [p] : [' · ', p]))
}

function summaryLine(doc: DocumentJSON): Child {
  const s = doc.summary
  const parts = (['who', 'what', 'when', 'where'] as const)
    .filter((k) => s[k])
    .map((k) => `${k}: ${s[k]}`)
  return parts.length ? h('p', { class: 'summary' }, parts.join(' · ')) : null
}

function messagesBox(doc: DocumentJSON): Child {
  if (doc.messages.length === 0) return null
  return h(
    'details',
    { class: 'messages' },
    h('summary', null, `Messages (${doc.messages.length})`),
    ...doc.messages.map((m) => h('div', null, `${m.severity} ${m.code}: ${m.reason}`)),
  )
}

function showDetails(panel: HTMLElement, list: readonly Mark[]): void {
  replace(
    panel,
    ...list.map((m) =>
      h(
        'div',
        { class: `detail detail-${m.kind}` },
        h('div', { class: 'detail-label' }, m.label),
        ...m.lines.filter(Boolean).map((l) => h('div', null, l)),
      ),
    ),
  )
}
