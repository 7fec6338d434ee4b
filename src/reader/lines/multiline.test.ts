import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseByline } from './byline.js'
import { lineFeatures } from './features.js'
import type { ClassifiedLine } from './line.js'
import {
  captionsUnderCredits,
  joinSplitBylines,
  nameInOpening,
  namesUnderHeadline,
} from './multiline.js'

const body = (text: string): ClassifiedLine => ({
  text,
  kind: 'body',
  reason: '',
  features: lineFeatures(text),
})
const byline = (text: string): ClassifiedLine => {
  const b = parseByline(text)
  assert.ok(b, text)
  return { text, kind: 'byline', reason: 'byline', features: lineFeatures(text), byline: b }
}

test('a "Von" line and the name under it are one byline', () => {
  const lines = [body('Von'), body('Dieter Brennecke'), byline('07.03.21, 16:05 Uhr')]
  joinSplitBylines(lines)
  assert.deepEqual(
    lines.map((l) => l.kind),
    ['byline', 'byline', 'byline'],
  )
  assert.deepEqual(lines[1]?.byline?.authors, ['Dieter Brennecke'])
})

test('a name between the headline and the article is its author; a sentence is not', () => {
  const lines = [
    body('Karin Voss'),
    byline('September 17, 2019'),
    body('Der Mond steht tief im Westen.'),
  ]
  namesUnderHeadline(lines, 0, 3, false)
  assert.deepEqual(lines[0]?.byline?.authors, ['Karin Voss'])
  assert.equal(lines[2]?.kind, 'body')
})

test('right under the headline of a flattened page a name alone is the author, not on a clean text', () => {
  const page = [body('Paul Renard'), body('Une nouvelle équipe a été nommée hier soir.')]
  namesUnderHeadline(page, 0, 2, true)
  assert.deepEqual(page[0]?.byline?.authors, ['Paul Renard'])
  const clean = [body('Ewood Park'), body('Tuesday, 1 March')]
  namesUnderHeadline(clean, 0, 2, false)
  assert.equal(clean[0]?.kind, 'body')
})

test('a name alone in the article opening is its author, a crosshead between paragraphs is not', () => {
  const para = 'Pitkä pimeä kausi vaikuttaa uneen ja jaksamiseen monilla kaupunkilaisilla.'
  const page = [
    body('Leudot talvet'),
    body(para),
    body('Markus Mäki'),
    body('Jaa artikkeli:'),
    body(para),
  ]
  nameInOpening(page, 0, 1)
  assert.deepEqual(page[2]?.byline?.authors, ['Markus Mäki'])
  const cross = [body('Neue Regeln'), body(para), body('Bee Simulator Mehrspieler'), body(para)]
  nameInOpening(cross, 0, 1)
  assert.equal(cross[2]?.kind, 'body')
  const known = [
    body('Titel'),
    byline('Von Anna Muster'),
    body(para),
    body('Karl Heinz'),
    body('Teilen'),
  ]
  nameInOpening(known, 0, 2)
  assert.equal(known[3]?.kind, 'body')
})

/** [lines under the headline, the author read from the first line or null] */
const ONE_WORD: readonly [string[], string | null][] = [
  // A user name beside the post's date, not named in the post: its author.
  [
    ['Paddy', '19.04.2019', 'Seit dem Update läuft Lightroom auf dem iMac endlich wieder flüssig.'],
    'Paddy',
  ],
  // A place or a topic label that the article names again: not its author.
  [
    [
      'Wien',
      '19.10.2019 12.09',
      'In Wien hat der Komponist am Sonntag seinen 80. Geburtstag gefeiert.',
    ],
    null,
  ],
  [['Corona', '24. April 2020', 'Seit Corona arbeiten viele Menschen von zu Hause aus.'], null],
  // No date beside it: a section label.
  [['Websites', 'AMP pages load fast on every device, the team said on Tuesday.'], null],
]

for (const [texts, author] of ONE_WORD) {
  test(`one word under the headline: ${texts.join(' / ')}`, () => {
    const lines = texts.map((t) => (parseByline(t) && !/[.!?]$/.test(t) ? byline(t) : body(t)))
    namesUnderHeadline(lines, 0, 2, true)
    assert.deepEqual(lines[0]?.byline?.authors ?? null, author === null ? null : [author])
  })
}

const notice = (text: string): ClassifiedLine => ({
  text,
  kind: 'notice',
  reason: 'author-box',
  features: lineFeatures(text),
})

/** [author box lines, the author read or null] */
const AUTHOR_BOXES: readonly [ClassifiedLine[], string | null][] = [
  [[notice('About the author'), body('Jane Doe')], 'Jane Doe'],
  [[notice('Über den Autor'), notice('Zeige alle Artikel'), body('Matthias')], 'Matthias'],
  [[notice('Autorin'), body('Anna Weber')], 'Anna Weber'],
  // A sentence under the heading is the box's text, not a name.
  [[notice('About the author'), body('Jane writes about science and health.')], null],
]

for (const [lines, author] of AUTHOR_BOXES) {
  test(`author box: ${lines.map((l) => l.text).join(' / ')}`, () => {
    joinSplitBylines(lines)
    const found = lines.find((l) => l.byline)?.byline?.authors ?? null
    assert.deepEqual(found, author === null ? null : [author])
  })
}

test('a given name over an authorless dated byline is its author, across separator lines', () => {
  const lines = [
    body('Quiet streets and empty shelves'),
    body('Nadia Holm'),
    body('|'),
    byline('3 Mar 2021'),
  ]
  joinSplitBylines(lines)
  assert.deepEqual(lines[1]?.byline?.authors, ['Nadia Holm'])
  assert.equal(lines[0]?.kind, 'body', 'the headline above stays')
  // Over running text, or over a byline that names its author, the line stays a candidate.
  const prose = [body('Nadia Holm'), body('Shops closed early on Tuesday.')]
  joinSplitBylines(prose)
  assert.equal(prose[0]?.kind, 'body')
  const named = [body('Nadia Holm'), byline('By Ole Brandt, 3 Mar 2021')]
  joinSplitBylines(named)
  assert.equal(named[0]?.kind, 'body')
})

// Given names common in German, Finnish and Scandinavian pages count as well as English ones.
for (const name of ['Jutta Kessler', 'Holger Wiedmann', 'Tapio Lahtinen', 'Sigrid Aune']) {
  test(`a given name of many languages over a dated byline: ${name}`, () => {
    const lines = [body('Neue Pläne für den Hafen'), body(name), byline('03.03.2021 14:47 Uhr')]
    joinSplitBylines(lines)
    assert.deepEqual(lines[1]?.byline?.authors, [name])
  })
}

test('a name over a sentence about that person is an author box: byline and notice', () => {
  const lines = [
    body('Nadia Holm'),
    body('Nadia Holm teaches economic history at a university in Bergen and writes on trade.'),
    body('The harbour was rebuilt three times in the last century.'),
  ]
  joinSplitBylines(lines)
  assert.deepEqual(lines[0]?.byline?.authors, ['Nadia Holm'])
  assert.equal(lines[1]?.kind, 'notice')
  assert.equal(lines[1]?.reason, 'author-box')
  assert.equal(lines[2]?.kind, 'body')
  // A paragraph that opens with the name and goes on with a capital is not a biography.
  const prose = [
    body('Nadia Holm'),
    body('Nadia Holm Architects designed the new harbour wall for the city council.'),
  ]
  joinSplitBylines(prose)
  assert.equal(prose[0]?.kind, 'body')
})

test('a name over its outlet and place is the byline, both lines', () => {
  const lines = [body('Harbour walls to be rebuilt'), body('Nadia Holm'), body('BBC News, Bristol')]
  joinSplitBylines(lines)
  assert.deepEqual(lines[1]?.byline?.authors, ['Nadia Holm'])
  assert.equal(lines[2]?.kind, 'byline')
  const place = [body('Nadia Holm'), body('Harbour Road, Bristol')]
  joinSplitBylines(place)
  assert.equal(place[0]?.kind, 'body', 'a street and town is no affiliation')
})

test('a caption under a bare picture credit, without its full stop', () => {
  const credit = (text: string): ClassifiedLine => ({
    text,
    kind: 'caption',
    reason: 'caption',
    features: lineFeatures(text),
    caption: { text, place: null, date: null },
  })
  const lines = [
    credit('PA Media'),
    body('Water covered the harbour road on Sunday'),
    body('The harbour walls will be rebuilt by spring, the council said on Monday.'),
  ]
  captionsUnderCredits(lines)
  assert.deepEqual(
    lines.map((l) => l.kind),
    ['caption', 'caption', 'body'],
  )
  const sentence = [credit('PA Media'), body('The harbour walls will be rebuilt by spring.')]
  captionsUnderCredits(sentence)
  assert.equal(sentence[1]?.kind, 'body', 'a paragraph keeps its full stop')
})
