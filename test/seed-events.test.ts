import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { createDoc, layer } from '../src/core/doc.js'
import { spanProblems } from '../src/core/invariants.js'
import { createPipeline } from '../src/core/pipeline.js'
import type { Event } from '../src/core/schema.js'
import { toDocumentJSON } from '../src/core/serialize.js'
import { events } from '../src/events/events.js'
import { defaultStages } from '../src/extract.js'
import { NO_SHARED, SHARED } from './helpers/shared.js'

/**
 * Golden test: the events and 5W1H summary of the seed article, as
 * ../shared/examples/seed-article.expected.md lists them ("Events", "Summary"). The whole page
 * goes through the default pipeline (reader → ... → events), so the photo caption and the
 * boilerplate must not produce events. Dates are asserted where the time stage gives the timex.
 */
function seedDoc() {
  const content = readFileSync(`${SHARED}/examples/seed-article.txt`, 'utf8')
  const stages = defaultStages().filter((s) => !s.provides.includes('events'))
  const pipeline = createPipeline([...stages, events()])
  const doc = pipeline.run(
    createDoc(
      'seed',
      {
        id: null,
        path: 'seed-article.txt',
        url: null,
        format: 'text',
        content,
        date: null,
        title: null,
        bodyOnly: false,
      },
      [],
    ),
  )
  return doc
}

function find(
  list: readonly Event[],
  category: string,
  mode: string | null,
  actor: string,
  recipient: string | null,
): Event {
  const hit = list.find(
    (e) =>
      e.category === category &&
      (mode === null || e.mode === mode) &&
      (e.actor?.text ?? '').includes(actor) &&
      (recipient === null || (e.recipient?.text ?? '').includes(recipient)),
  )
  assert.ok(
    hit,
    `no ${category}${mode ? `/${mode}` : ''} ${actor} → ${recipient}; events: ${list.map((e) => `${e.category}/${e.mode} ${e.actor?.text}→${e.recipient?.text} "${e.trigger.text}"`).join(' | ')}`,
  )
  return hit
}

describe('seed article: events and summary', { skip: NO_SHARED }, () => {
  const doc = SHARED ? seedDoc() : null
  const list = doc ? layer(doc, 'events') : []
  const dated = doc ? layer(doc, 'timexes').length > 0 : false

  it('keeps every span inside the text', () => {
    assert.ok(doc)
    assert.deepEqual(spanProblems(toDocumentJSON(doc)), [])
  })

  it('CONSULT/phone Zelensky → Trump on 2024-11-06, happened, one event for the call told three times', () => {
    const e = find(list, 'CONSULT', 'phone', 'Zelensky', 'Trump')
    assert.equal(e.status, 'happened')
    if (dated) assert.equal(e.date?.value, '2024-11-06')
    assert.equal(list.filter((x) => x.category === 'CONSULT' && x.mode === 'phone').length, 1)
  })

  it('SUPPORT (congratulate) Zelensky → Trump, happened, once', () => {
    const e = find(list, 'SUPPORT', null, 'Zelensky', 'Trump')
    assert.equal(e.status, 'happened')
    if (dated) assert.equal(e.date?.value, '2024-11-06')
    assert.equal(list.filter((x) => x.category === 'SUPPORT').length, 1)
  })

  it('the election win is not mis-coded as a PLOVER category', () => {
    const win = list.filter((e) => e.trigger.text.includes('won'))
    for (const e of win) assert.equal(e.category, 'ELECTION')
  })

  it('the inauguration is planned, on 2025-01-20', () => {
    const e = list.find((x) => x.trigger.text.includes('inaugurated'))
    assert.ok(e)
    assert.equal(e.status, 'planned')
    if (dated) assert.equal(e.date?.value, '2025-01-20')
  })

  it('ACCUSE/disapprove Trump → the Ukrainian president, habitual', () => {
    const e = find(list, 'ACCUSE', 'disapprove', 'Trump', 'Ukrainian president')
    assert.equal(e.status, 'habitual')
  })

  it('ACCUSE/allege (blame) Trump → Zelensky and Biden, happened', () => {
    const e = find(list, 'ACCUSE', 'allege', 'Trump', 'Zelensky')
    assert.equal(e.status, 'happened')
  })

  it('ASSAULT Russia → Ukraine (the invasion), happened, date not stated', () => {
    const e = find(list, 'ASSAULT', null, 'Russia', 'Ukraine')
    assert.equal(e.status, 'happened')
    assert.notEqual(e.date?.basis, 'explicit')
  })

  it('REQUEST Zelensky → Trump (urging), happened', () => {
    const e = find(list, 'REQUEST', null, 'Zelensky', 'Trump')
    assert.equal(e.status, 'happened')
  })

  it('COERCE/withhold Trump → Zelensky in 2019, reported', () => {
    const e = find(list, 'COERCE', 'withhold', 'Trump', 'Zelensky')
    assert.equal(e.status, 'happened')
    if (dated) assert.equal(e.date?.value, '2019')
  })

  it('CONSULT/visit Zelensky → Trump in New York', () => {
    const e = find(list, 'CONSULT', 'visit', 'Zelensky', 'Trump')
    assert.equal(e.status, 'happened')
    assert.equal(e.location?.text, 'New York')
  })

  it('REQUEST/meet (invitation), AGREE (accepted), and the visit that has yet to occur', () => {
    assert.equal(find(list, 'REQUEST', 'meet', 'Zelensky', 'Trump').status, 'happened')
    assert.equal(find(list, 'AGREE', null, 'Trump', 'Zelensky').status, 'happened')
    assert.equal(find(list, 'CONSULT', 'visit', 'Trump', 'Ukraine').status, 'negated')
  })

  it('no event is placed in Atlanta (the photo caption)', () => {
    for (const e of list) assert.ok(!(e.location?.text ?? '').includes('Atlanta'), e.trigger.text)
  })

  it('the summary: who Zelensky, what the call to congratulate, where null, how by phone', () => {
    assert.ok(doc)
    const s = layer(doc, 'summary')
    assert.ok(s.who?.includes('Zelensky'), `who: ${s.who}`)
    assert.ok(s.what?.includes('phone call'), `what: ${s.what}`)
    assert.ok(s.what?.includes('congratulate'), `what: ${s.what}`)
    assert.equal(s.where, null)
    assert.equal(s.how, 'by phone')
    assert.ok(s.why?.includes('victory'), `why: ${s.why}`)
    if (dated) assert.equal(s.when, '2024-11-06')
  })
})
