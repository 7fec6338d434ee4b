import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { spanProblems } from '../src/core/invariants.js'
import { createPipeline } from '../src/core/pipeline.js'
import { extractItem } from '../src/extract.js'
import { contentId } from '../src/io/content-id.js'
import { reader } from '../src/reader/reader.js'
import { NO_SHARED, SHARED } from './helpers/shared.js'

// The reading of the seed article, checked by hand against seed-article.expected.md. The
// expected.md speaks of "15 body paragraphs"; the file itself has 13 text lines between
// "President Volodymyr Zelensky held a phone call ..." and "... has yet to occur." (counted by
// hand), and every one of them is body.
test('seed article: metadata, caption, removed lines and body', { skip: NO_SHARED }, () => {
  const input = readFileSync(`${SHARED}/examples/seed-article.txt`, 'utf8')
  // The reader stage alone: this test is about the reading, not the later layers.
  const raw = {
    id: null,
    path: null,
    url: null,
    format: 'text',
    content: input,
    date: null,
    title: null,
    bodyOnly: false,
  } as const
  const doc = extractItem({ id: contentId(input), raw, messages: [] }, createPipeline([reader()]))
  assert.deepEqual(spanProblems(doc), [])
  assert.equal(
    doc.meta.title,
    'Zelensky holds call with Trump to congratulate him on election victory',
  )
  assert.deepEqual(doc.meta.authors, ['Dmytro Basmat'])
  assert.equal(doc.meta.published, '2024-11-07T01:09')
  assert.equal(doc.meta.documentDate, '2024-11-06')
  assert.equal(doc.meta.readingTimeMinutes, 2)

  assert.equal(doc.captions.length, 1)
  const caption = doc.captions[0]
  assert.ok(
    caption?.text.startsWith('ATLANTA, GEORGIA - OCTOBER 28: Republican presidential nominee'),
  )
  assert.equal(caption?.place, 'Atlanta, Georgia')
  assert.equal(caption?.date, '2024-10-28')

  const removed = new Map(doc.removed.map((r) => [r.text, r.reason]))
  assert.equal(removed.get('Skip to content'), 'navigation')
  assert.equal(removed.get('date 2024-11-06'), 'header')
  assert.equal(removed.get('by Dmytro Basmat November 7, 2024 1:09 AM 2 min read'), 'byline')
  assert.equal(removed.get('This audio is created with AI assistance'), 'notice:text-to-speech')
  assert.equal(removed.get('Author: Dmytro Basmat'), 'author-footer')
  assert.equal(
    removed.get(
      'Thank you for signing up for this newsletter. We’ve sent you a confirmation email.',
    ),
    'newsletter',
  )
  assert.equal(doc.removed.length, 6, JSON.stringify(doc.removed))

  const paragraphs = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))
  assert.equal(paragraphs.length, 13)
  assert.ok(paragraphs[0]?.startsWith('President Volodymyr Zelensky held a phone call'))
  assert.ok(paragraphs.at(-1)?.endsWith('although such a visit has yet to occur.'))
  assert.ok(
    paragraphs.includes('Neither Zelensky nor Trump provided additional details on the call.'),
  )
  assert.equal(doc.text, paragraphs.join('\n\n'))
  for (const noise of ['Skip to content', 'Author:', 'newsletter', 'AI assistance', 'ATLANTA']) {
    assert.ok(!doc.text.includes(noise), `body keeps "${noise}"`)
  }
})
