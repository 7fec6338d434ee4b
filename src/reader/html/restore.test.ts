import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EMPTY_META } from '../../core/doc.js'
import { joinParagraphs, type Reading } from '../reading.js'
import { restoreProse } from './restore.js'

function reading(body: string[], removed: { text: string; reason: string }[]): Reading {
  const { text, spans } = joinParagraphs(body)
  return { text, paragraphs: spans, meta: EMPTY_META, captions: [], removed, messages: [] }
}

describe('restoreProse', () => {
  const lines = [
    'Share this',
    'A long sentence that the classifier left outside its run.',
    'Body one is here.',
    'Subscribe now',
  ].map((text) => ({ text, links: 0 }))
  it('puts back prose dropped only as boilerplate, in page order', () => {
    const r = restoreProse(
      lines,
      reading(
        ['Body one is here.'],
        [
          { text: 'Share this', reason: 'boilerplate' },
          {
            text: 'A long sentence that the classifier left outside its run.',
            reason: 'boilerplate',
          },
          { text: 'Subscribe now', reason: 'newsletter' },
        ],
      ),
    )
    assert.equal(
      r.text,
      'A long sentence that the classifier left outside its run.\n\nBody one is here.',
    )
    assert.deepEqual(
      r.removed.map((x) => x.text),
      ['Share this', 'Subscribe now'],
    )
  })
  it('never puts back a line made of links', () => {
    const teaser = 'Read also: another story about the bridge and the river'
    const r = restoreProse(
      [
        { text: teaser, links: 0.9 },
        { text: 'Body one is here.', links: 0 },
      ],
      reading(['Body one is here.'], [{ text: teaser, reason: 'boilerplate' }]),
    )
    assert.equal(r.text, 'Body one is here.')
  })
  it('returns the reading unchanged when nothing is restorable', () => {
    const before = reading(['Body one is here.'], [{ text: 'Share this', reason: 'boilerplate' }])
    assert.equal(restoreProse(lines, before), before)
  })
})
