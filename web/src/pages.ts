/// <reference lib="dom" />
/** The pages of the UI. Each returns its element; data arrives as JSON from /api. */
import type { DocumentJSON } from '../../src/core/schema.js'
import type { EntityPage, PairPage, StoryDocument } from '../../src/http/queries.js'
import type { EntityRow, QuoteRow, SearchHit, TimelineEvent } from '../../src/kb/store.js'
import { getJson, postJson } from './api.js'
import { articleView } from './article.js'
import { timelineChart } from './chart.js'
import { h, highlightTerms, link, replace } from './dom.js'

type Params = URLSearchParams

const route = (path: string, params: Record<string, string | undefined> = {}) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const qs = q.toString()
  return qs ? `${path}?${qs}` : path
}

/** Route of an entity page. */
export const entityRoute = (name: string) => `/entity/${encodeURIComponent(name)}`
/** Route of a pair page. */
export const pairRoute = (a: string, b: string) =>
  `/pair/${encodeURIComponent(a)}/${encodeURIComponent(b)}`
/** Route of a document. */
export const docRoute = (id: string) => `/doc/${encodeURIComponent(id)}`

/** Search with filters; results with highlighted snippets; the top entities beside. */
export async function searchPage(params: Params): Promise<HTMLElement> {
  const q = params.get('q') ?? ''
  const field = (name: string, label: string, type = 'text') =>
    h(
      'label',
      null,
      label,
      h('input', { name, type, value: params.get(name) ?? '', placeholder: label }),
    )
  const form = h(
    'form',
    { class: 'search-form', 'data-testid': 'search-form' },
    h('input', {
      name: 'q',
      type: 'search',
      value: q,
      placeholder: 'Search articles…',
      'aria-label': 'query',
      class: 'q',
    }),
    field('from', 'From (YYYY-MM-DD)'),
    field('to', 'To'),
    field('entity', 'Entity'),
    h('button', { type: 'submit' }, 'Search'),
  )
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    const data = new FormData(form)
    const get = (k: string) => String(data.get(k) ?? '').trim() || undefined
    location.hash = route('/search', {
      q: get('q'),
      from: get('from'),
      to: get('to'),
      entity: get('entity'),
    })
  })
  const results = h('div', { class: 'results', 'data-testid': 'results' })
  const side = h('aside', { class: 'side' }, h('h3', null, 'Most mentioned'))
  const page = h('section', null, form, h('div', { class: 'two-col' }, results, side))
  const top = await getJson<{ entities: EntityRow[] }>('entities', { limit: 15 })
  side.append(
    h(
      'ul',
      { class: 'plain' },
      ...top.entities.map((e) =>
        h(
          'li',
          null,
          link(entityRoute(e.name), e.name),
          h('span', { class: 'muted' }, ` ${e.type} · ${e.documents} docs`),
        ),
      ),
    ),
  )
  const persons = top.entities.filter((e) => e.type === 'PERSON')
  if (persons.length >= 2) {
    const [a, b] = persons as [EntityRow, EntityRow]
    side.append(h('p', null, 'Pair: ', link(pairRoute(a.name, b.name), `${a.name} – ${b.name}`)))
  }
  if (q === '') {
    results.append(
      h('p', { class: 'muted' }, 'Type words to search; quoted phrases stay together.'),
    )
    return page
  }
  const terms = [...q.matchAll(/"([^"]+)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu)].map(
    (m) => m[1] ?? m[2] ?? '',
  )
  const { hits } = await getJson<{ hits: SearchHit[] }>('search', {
    q,
    from: params.get('from'),
    to: params.get('to'),
    entity: params.get('entity'),
    limit: 50,
  })
  results.append(h('p', { class: 'muted' }, `${hits.length} result(s)`))
  for (const hit of hits) {
    results.append(
      h(
        'article',
        { class: 'hit', 'data-testid': 'hit' },
        h('h3', null, link(docRoute(hit.id), hit.title ?? hit.id)),
        h('div', { class: 'muted' }, [hit.date, hit.site].filter(Boolean).join(' · ')),
        h('p', { class: 'snippet' }, highlightTerms(hit.snippet, terms)),
      ),
    )
  }
  return page
}

/** One stored article with its highlights. */
export async function documentPage(id: string, params: Params): Promise<HTMLElement> {
  const { document, story } = await getJson<{ document: DocumentJSON; story: string | null }>(
    `documents/${encodeURIComponent(id)}`,
  )
  const s = params.get('s')
  const focus = s !== null && /^\d+$/.test(s) ? Number(s) : null
  const view = articleView(document, { story, focus, entityLinks: true })
  if (focus !== null) {
    // After the router has put the page in and scrolled to the top.
    requestAnimationFrame(() =>
      view.querySelector('.hl.focus')?.scrollIntoView({ block: 'center' }),
    )
  }
  return view
}

/** An entity: roles, aliases, timeline chart, counterparts, quotes. */
export async function entityPage(name: string): Promise<HTMLElement> {
  const e = await getJson<EntityPage>('entity', { name })
  return h(
    'section',
    { class: 'entity' },
    h('h2', { 'data-testid': 'entity-name' }, e.name, h('span', { class: 'badge' }, e.type)),
    h(
      'p',
      { class: 'muted' },
      `${e.documents} document(s) · ${e.mentions} mention(s) · ${e.timeline.length} event(s)`,
    ),
    e.aliases.length ? h('p', null, h('b', null, 'Also: '), e.aliases.join(' · ')) : null,
    e.roles.length
      ? h(
          'p',
          null,
          h('b', null, 'Roles: '),
          e.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ''} (${r.documents})`).join(' · '),
        )
      : null,
    h('h3', null, 'Events by intensity'),
    timelineChart(e.timeline),
    h(
      'div',
      { class: 'two-col' },
      h('div', null, h('h3', null, 'Quotes'), quoteList(e.quotes.slice(0, 30))),
      h(
        'aside',
        { class: 'side' },
        h('h3', null, 'Top counterparts'),
        h(
          'ul',
          { class: 'plain', 'data-testid': 'counterparts' },
          ...e.counterparts.map((c) =>
            h(
              'li',
              null,
              link(pairRoute(e.name, c.name), c.name),
              h('span', { class: 'muted' }, ` ${c.events} event(s), Σ ${c.intensity}`),
            ),
          ),
        ),
      ),
    ),
    h('h3', null, 'Events'),
    eventTable(e.timeline),
  )
}

/** Two entities: their relationship over time, each event with its sources. */
export async function pairPage(a: string, b: string): Promise<HTMLElement> {
  const p = await getJson<PairPage>('pair', { a, b })
  const list = h('ol', { class: 'pair-events', 'data-testid': 'pair-events' })
  for (const e of p.events) {
    list.append(
      h(
        'li',
        { class: `pair-event tone-${tone(e.intensity)}` },
        h(
          'div',
          null,
          h('b', null, e.date ?? 'undated'),
          ' ',
          eventLabel(e),
          h('span', { class: 'muted' }, ` · ${e.status} · ${e.sources} source(s)`),
        ),
        h(
          'ul',
          { class: 'sources' },
          ...e.sourceSentences.map((s) =>
            h(
              'li',
              null,
              h('q', null, s.text),
              ' — ',
              link(`${docRoute(s.document)}?s=${s.sentence}`, s.title ?? s.document),
              s.date ? h('span', { class: 'muted' }, ` (${s.date})`) : null,
            ),
          ),
        ),
      ),
    )
  }
  return h(
    'section',
    { class: 'pair' },
    h(
      'h2',
      { 'data-testid': 'pair-title' },
      link(entityRoute(p.a), p.a),
      ' – ',
      link(entityRoute(p.b), p.b),
    ),
    h(
      'p',
      { class: 'muted' },
      `${p.events.length} event(s) between them; cooperation above the line, conflict below.`,
    ),
    timelineChart(p.events),
    h('h3', null, 'Events and their sources'),
    p.events.length ? list : h('p', { class: 'muted' }, 'No event between them.'),
    h('h3', null, 'What they said about each other'),
    quoteList(p.quotes),
  )
}

/** Story clusters with their articles. */
export async function storiesPage(): Promise<HTMLElement> {
  const { stories } = await getJson<{
    stories: {
      story: string
      title: string | null
      firstDate: string | null
      lastDate: string | null
      documents: StoryDocument[]
    }[]
  }>('stories')
  return h(
    'section',
    null,
    h('h2', null, `Stories (${stories.length})`),
    h(
      'div',
      { 'data-testid': 'stories' },
      ...stories.map((s) =>
        h(
          'article',
          { class: 'story' },
          h('h3', null, s.title ?? s.story),
          h(
            'div',
            { class: 'muted' },
            `${s.firstDate ?? '?'} – ${s.lastDate ?? '?'} · ${s.documents.length} article(s)`,
          ),
          h(
            'ul',
            null,
            ...s.documents.map((d) =>
              h(
                'li',
                null,
                link(docRoute(d.id), d.title ?? d.id),
                h('span', { class: 'muted' }, ` ${d.date ?? ''} ${d.site ?? ''}`),
              ),
            ),
          ),
        ),
      ),
    ),
  )
}

/** Paste text or HTML; the extraction shows as you type (nothing is stored). */
export function readPage(): HTMLElement {
  const area = h('textarea', {
    rows: 10,
    placeholder: 'Paste an article (text or HTML)…',
    'data-testid': 'read-input',
  })
  const date = h('input', {
    type: 'text',
    placeholder: 'Document date YYYY-MM-DD (optional)',
    'aria-label': 'date',
  })
  const status = h('p', { class: 'muted', 'data-testid': 'read-status' }, 'Nothing read yet.')
  const out = h('div', { 'data-testid': 'read-output' })
  let timer: number | undefined
  let inflight: AbortController | null = null
  const run = async () => {
    const content = area.value
    if (content.trim() === '') return
    inflight?.abort()
    const ctl = new AbortController()
    inflight = ctl
    status.textContent = 'Reading…'
    const isHtml = /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content)
    const body: Record<string, string> = isHtml ? { html: content } : { text: content }
    if (/^\d{4}-\d{2}-\d{2}$/.test(date.value.trim())) body.date = date.value.trim()
    try {
      const t0 = performance.now()
      const { document } = await postJson<{ document: DocumentJSON }>('extract', body, ctl.signal)
      status.textContent = `Read as ${document.input.format} in ${Math.round(performance.now() - t0)} ms: ${document.entities.length} entities, ${document.timexes.length} times, ${document.quotes.length} quotes, ${document.events.length} events.`
      replace(out, articleView(document))
    } catch (error) {
      if (ctl.signal.aborted) return
      status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`
    }
  }
  const later = () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(run, 400)
  }
  area.addEventListener('input', later)
  date.addEventListener('input', later)
  return h('section', null, h('h2', null, 'Read an article'), area, date, status, out)
}

function tone(v: number | null): string {
  return v === null || v === 0 ? 'neutral' : v > 0 ? 'coop' : 'conflict'
}

function eventLabel(e: TimelineEvent): HTMLElement {
  return h(
    'span',
    null,
    h(
      'span',
      { class: `cat tone-${tone(e.intensity)}` },
      `${e.category}${e.mode ? `/${e.mode}` : ''}`,
    ),
    ` ${e.actor ?? '?'} → ${e.recipient ?? '?'}`,
    h('span', { class: 'muted' }, ` (${e.intensity ?? '—'})`),
  )
}

function eventTable(events: readonly TimelineEvent[]): HTMLElement {
  return h(
    'table',
    { class: 'events' },
    h(
      'thead',
      null,
      h('tr', null, ...['date', 'event', 'status', 'sources'].map((t) => h('th', null, t))),
    ),
    h(
      'tbody',
      null,
      ...events.map((e) =>
        h(
          'tr',
          null,
          h('td', null, e.date ?? '—'),
          h('td', null, eventLabel(e)),
          h('td', null, e.status),
          h('td', null, ...e.documents.slice(0, 3).map((d, i) => link(docRoute(d), `[${i + 1}]`))),
        ),
      ),
    ),
  )
}

function quoteList(quotes: readonly QuoteRow[]): HTMLElement {
  if (quotes.length === 0) return h('p', { class: 'muted' }, 'No quote.')
  return h(
    'ul',
    { class: 'quotes', 'data-testid': 'quotes' },
    ...quotes.map((q) =>
      h(
        'li',
        null,
        h('q', null, q.text),
        h(
          'div',
          { class: 'muted' },
          `${q.speaker ?? '?'}${q.channel ? ` · ${q.channel}` : ''} · ${q.date ?? ''} · `,
          link(docRoute(q.document), 'source'),
        ),
      ),
    ),
  )
}
