import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { spanProblems } from '../core/invariants.js'
import type { EntityType } from '../core/schema.js'
import type { Tagger } from './entities.js'
import { fixedTagger, propnTagger, readBody, summarise } from './testkit.js'

/**
 * The news rules on top of the tagger, isolated from the learned model: each row gives the
 * tagger's spans (a fixed tagger returns exactly them, or the proper-noun-run tagger that types
 * nothing) and the entities expected, as "TYPE name [roles] : mentions" (nominals /n, pronouns /p).
 */
interface Row {
  readonly text: string
  readonly tags: readonly (readonly [string, EntityType])[] | 'propn'
  readonly expect: readonly string[]
}

const ROWS: readonly Row[] = [
  {
    // A lawmaker's party-and-state tag (AP style) is an affiliation, not a place or an organisation.
    text: 'Ellen Marsh, D-N.Y., said the levy would pass. Dale Kerr (R-Ky.) disagreed with Marsh.',
    tags: [
      ['Ellen Marsh', 'PERSON'],
      ['N.Y.', 'LOC'],
      ['Dale Kerr', 'PERSON'],
      ['Ky.', 'ORG'],
      ['Marsh', 'PERSON'],
    ],
    expect: ['PERSON Ellen Marsh : Ellen Marsh, Marsh', 'PERSON Dale Kerr : Dale Kerr'],
  },
  {
    text: "Ukraine's Foreign Minister Dmytro Kuleba met U.S. Secretary of State Antony Blinken in Kyiv.",
    tags: [
      ['Ukraine', 'LOC'],
      ['Dmytro Kuleba', 'PERSON'],
      ['U.S.', 'LOC'],
      ['Antony Blinken', 'PERSON'],
      ['Kyiv', 'LOC'],
    ],
    expect: [
      'LOC Ukraine : Ukraine',
      'PERSON Dmytro Kuleba [Foreign Minister of Ukraine] : Dmytro Kuleba',
      'LOC U.S. : U.S.',
      'PERSON Antony Blinken [Secretary of State of United States] : Antony Blinken',
      'LOC Kyiv : Kyiv',
    ],
  },
  {
    // A tagger that keeps the title inside the person span.
    text: 'Foreign Minister Dmytro Kuleba said on Monday that talks would resume.',
    tags: [['Foreign Minister Dmytro Kuleba', 'PERSON']],
    expect: ['PERSON Dmytro Kuleba [Foreign Minister] : Dmytro Kuleba'],
  },
  {
    text: 'President-elect Maria Solano will be sworn in on May 9.',
    tags: [['President-elect Maria Solano', 'PERSON']],
    expect: ['PERSON Maria Solano [President-elect] : Maria Solano'],
  },
  {
    text: 'Vice President Kamala Harris conceded the race on Wednesday.',
    tags: [['Kamala Harris', 'PERSON']],
    expect: ['PERSON Kamala Harris [Vice President] : Kamala Harris'],
  },
  {
    text: 'Former President Donald Trump attacked then-President Joe Biden over the border.',
    tags: [
      ['Donald Trump', 'PERSON'],
      ['Joe Biden', 'PERSON'],
    ],
    expect: [
      'PERSON Donald Trump [former President] : Donald Trump',
      'PERSON Joe Biden [former President] : Joe Biden',
    ],
  },
  {
    text: 'German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin.',
    tags: [
      ['German', 'MISC'],
      ['Olaf Scholz', 'PERSON'],
      ['French', 'MISC'],
      ['Emmanuel Macron', 'PERSON'],
      ['Berlin', 'LOC'],
    ],
    expect: [
      'PERSON Olaf Scholz [Chancellor of Germany] : Olaf Scholz',
      'PERSON Emmanuel Macron [President of France] : Emmanuel Macron',
      'LOC Berlin : Berlin',
    ],
  },
  {
    text: 'European Commission President Ursula von der Leyen arrived in Kyiv. Later von der Leyen met students.',
    tags: [
      ['European Commission', 'ORG'],
      ['Ursula', 'PERSON'],
      ['Leyen', 'PERSON'],
      ['Kyiv', 'LOC'],
    ],
    expect: [
      'ORG European Commission : European Commission',
      'PERSON Ursula von der Leyen [President of European Commission] : Ursula von der Leyen, von der Leyen',
      'LOC Kyiv : Kyiv',
    ],
  },
  {
    text: 'Andriy Yermak, head of the Presidential Office, said the talks would go on.',
    tags: [
      ['Andriy Yermak', 'PERSON'],
      ['Presidential Office', 'ORG'],
    ],
    expect: [
      'PERSON Andriy Yermak [Head of Presidential Office] : Andriy Yermak',
      'ORG Presidential Office : Presidential Office',
    ],
  },
  {
    text: "Dmytro Kuleba, Ukraine's foreign minister, flew to Brussels.",
    tags: [
      ['Dmytro Kuleba', 'PERSON'],
      ['Ukraine', 'LOC'],
      ['Brussels', 'LOC'],
    ],
    expect: [
      'PERSON Dmytro Kuleba [Foreign Minister of Ukraine] : Dmytro Kuleba',
      'LOC Ukraine : Ukraine',
      'LOC Brussels : Brussels',
    ],
  },
  {
    text: "Ukraine's president, Volodymyr Zelensky, thanked the allies.",
    tags: [
      ['Ukraine', 'LOC'],
      ['Volodymyr Zelensky', 'PERSON'],
    ],
    expect: [
      'LOC Ukraine : Ukraine',
      'PERSON Volodymyr Zelensky [President of Ukraine] : Volodymyr Zelensky',
    ],
  },
  {
    // Names in a list are not appositions.
    text: 'Zelensky, Macron and Scholz signed the statement.',
    tags: [
      ['Zelensky', 'PERSON'],
      ['Macron', 'PERSON'],
      ['Scholz', 'PERSON'],
    ],
    expect: ['PERSON Zelensky : Zelensky', 'PERSON Macron : Macron', 'PERSON Scholz : Scholz'],
  },
  {
    // A tagger that keeps the possessive: the name is the bare name.
    text: "Russia's invasion of Ukraine began in February 2022.",
    tags: [
      ["Russia's", 'LOC'],
      ['Ukraine', 'LOC'],
    ],
    expect: ['LOC Russia : Russia', 'LOC Ukraine : Ukraine'],
  },
  {
    // An organisation that looks like a person keeps the tagger's type; its analyst gets a role.
    text: 'Morgan Stanley analyst Michael Wilson said stocks would fall.',
    tags: [
      ['Morgan Stanley', 'ORG'],
      ['Michael Wilson', 'PERSON'],
    ],
    expect: [
      'ORG Morgan Stanley : Morgan Stanley',
      'PERSON Michael Wilson [Analyst of Morgan Stanley] : Michael Wilson',
    ],
  },
  {
    // A place that looks like a person ("Clara"): with no type from the tagger, "in" makes it a place.
    text: 'The chipmaker is based in Santa Clara, California.',
    tags: 'propn',
    expect: ['LOC Santa Clara : Santa Clara', 'LOC California : California'],
  },
  {
    // Titles alone are not entities.
    text: 'The president said the minister would resign.',
    tags: 'propn',
    expect: [],
  },
  {
    // A capitalised sentence opener the text also writes in lower case is not a name.
    text: 'Strong winds hit the coast. The storm brought strong rain.',
    tags: 'propn',
    expect: [],
  },
  {
    // Untyped proper nouns get their type from titles, countries, suffixes and given names.
    text: 'Prime Minister Keir Starmer met executives of Rolls-Royce Holdings and Maria Lopez in Britain.',
    tags: 'propn',
    expect: [
      'PERSON Keir Starmer [Prime Minister] : Keir Starmer',
      'ORG Rolls-Royce Holdings : Rolls-Royce Holdings',
      'PERSON Maria Lopez : Maria Lopez',
      'LOC Britain : Britain',
    ],
  },
  {
    text: 'Jean-Luc Mélenchon said France must leave the alliance.',
    tags: [
      ['Jean', 'PERSON'],
      ['Luc Mélenchon', 'PERSON'],
      ['France', 'LOC'],
    ],
    expect: ['PERSON Jean-Luc Mélenchon : Jean-Luc Mélenchon', 'LOC France : France'],
  },
  {
    // A caption in capitals: its names join the entities of the body; untyped ones are dropped.
    text: 'ZELENSKY MEETS TRUMP AFTER BIG VOTE\nPresident Volodymyr Zelensky met Donald Trump on Friday.',
    tags: [
      ['ZELENSKY', 'ORG'],
      ['TRUMP', 'PERSON'],
      ['BIG VOTE', 'MISC'],
      ['Volodymyr Zelensky', 'PERSON'],
      ['Donald Trump', 'PERSON'],
    ],
    expect: [
      'PERSON Volodymyr Zelensky [President] : ZELENSKY, Volodymyr Zelensky',
      'PERSON Donald Trump : TRUMP, Donald Trump',
    ],
  },
  {
    // Bylines and datelines are metadata, not entities of the story.
    text: 'By John Smith\nKYIV, Ukraine (Reuters) - Air defences shot down 20 drones over Kyiv overnight.',
    tags: [
      ['John Smith', 'PERSON'],
      ['KYIV', 'LOC'],
      ['Ukraine', 'LOC'],
      ['Reuters', 'ORG'],
      ['Kyiv', 'LOC'],
    ],
    expect: ['LOC Kyiv : Kyiv'],
  },
  {
    // A span that coordinates two names is split, and each joins its entity.
    text: 'Volodymyr Zelensky called Donald Trump. Neither Zelensky nor Trump gave details.',
    tags: [
      ['Volodymyr Zelensky', 'PERSON'],
      ['Donald Trump', 'PERSON'],
      ['Zelensky nor Trump', 'ORG'],
    ],
    expect: [
      'PERSON Volodymyr Zelensky : Volodymyr Zelensky, Zelensky',
      'PERSON Donald Trump : Donald Trump, Trump',
    ],
  },
  {
    // Names the tagger missed: a surname it tagged elsewhere, a name coordinated with a person.
    text: 'Donald Trump blamed Zelensky and Biden. Trump spoke for an hour.',
    tags: [
      ['Donald Trump', 'PERSON'],
      ['Zelensky', 'PERSON'],
    ],
    expect: [
      'PERSON Donald Trump : Donald Trump, Trump',
      'PERSON Zelensky : Zelensky',
      'PERSON Biden : Biden',
    ],
  },
  {
    // A name the tagger missed, coordinated with a titled person (whatever type the tagger gave
    // that person), is a person, and known as one for the rest of the article.
    text: 'Trump and Vice President JD Vance met Zelensky at the White House. Later Trump left.',
    tags: [
      ['JD Vance', 'ORG'],
      ['Zelensky', 'PERSON'],
    ],
    expect: [
      'PERSON Trump : Trump, Trump',
      'PERSON JD Vance [Vice President] : JD Vance',
      'PERSON Zelensky : Zelensky',
    ],
  },
  {
    // No title, no coordination evidence: the company stays untagged ("the" blocks the title).
    text: 'Acme and the Vice President JD Vance met on Monday.',
    tags: [['JD Vance', 'PERSON']],
    expect: ['PERSON JD Vance [Vice President] : JD Vance'],
  },
  {
    // A title the tagger typed apart from the name after it is the person's role, no entity.
    text: 'Lindqvist called President-elect Maria Solano on Tuesday.',
    tags: [
      ['Lindqvist', 'PERSON'],
      ['President-elect', 'MISC'],
      ['Maria Solano', 'PERSON'],
    ],
    expect: [
      'PERSON Lindqvist : Lindqvist',
      'PERSON Maria Solano [President-elect] : Maria Solano',
    ],
  },
  {
    // Coordinated names agree in type: a surname the tagger called a place joins its partner.
    text: 'President Trump blamed Volodymyr Zelensky and Biden, not Russia and Ukraine.',
    tags: [
      ['Trump', 'PERSON'],
      ['Volodymyr Zelensky', 'PERSON'],
      ['Biden', 'LOC'],
      ['Russia', 'ORG'],
      ['Ukraine', 'LOC'],
    ],
    expect: [
      'PERSON Trump [President] : Trump',
      'PERSON Volodymyr Zelensky : Volodymyr Zelensky',
      'PERSON Biden : Biden',
      'ORG Russia : Russia',
      'LOC Ukraine : Ukraine',
    ],
  },
  {
    // ... but only next to a sure person: a one-word "person" may be the tagger's mistake.
    text: 'A rival bank may now try to grab Mercantile or Commerce.',
    tags: [
      ['Mercantile', 'PERSON'],
      ['Commerce', 'ORG'],
    ],
    expect: ['PERSON Mercantile : Mercantile', 'ORG Commerce : Commerce'],
  },
  {
    // A lower-case adjective is no title ("major"), and a hyphenated given name is read whole.
    text: 'Tariffs hit the major U.S. share indexes, Lai Ching-te said.',
    tags: [
      ['U.S.', 'LOC'],
      ['Lai Ching', 'PERSON'],
    ],
    expect: ['LOC U.S. : U.S.', 'PERSON Lai Ching-te : Lai Ching-te'],
  },
  {
    text: 'The Kremlin said Russia would respond.',
    tags: [
      ['Kremlin', 'ORG'],
      ['Russia', 'LOC'],
    ],
    expect: ['LOC Russia : The Kremlin/n, Russia'],
  },
  {
    text: 'The Kremlin declined to comment.',
    tags: [['Kremlin', 'ORG']],
    expect: ['ORG Kremlin : Kremlin'],
  },
  {
    text: 'The United States, America and the U.S. are one country here.',
    tags: [
      ['United States', 'LOC'],
      ['America', 'LOC'],
      ['U.S.', 'LOC'],
    ],
    expect: ['LOC United States : United States, America, U.S.'],
  },
]

/** A tagger that returns a span cut inside a word, as the tokenizer does with some letters. */
const cutTagger: Tagger = (text) => {
  const i = text.indexOf('Recep Tayyip Erdo')
  const j = text.indexOf('Erdo', i + 20)
  return [
    { start: i, end: i + 'Recep Tayyip Erdo'.length, type: 'PERSON' },
    { start: j, end: j + 4, type: 'PERSON' },
  ]
}

describe('entities: news rules (case table)', () => {
  for (const [i, row] of ROWS.entries()) {
    test(`case ${i + 1}: ${row.text.slice(0, 60)}`, () => {
      const tagger = row.tags === 'propn' ? propnTagger : fixedTagger(row.tags)
      const doc = readBody(row.text, tagger)
      assert.deepEqual(spanProblems(doc), [], `entities.test.ts case ${i + 1}: spans`)
      assert.deepEqual(summarise(doc), row.expect, `entities.test.ts case ${i + 1}: ${row.text}`)
    })
  }

  test('a name the tokenizer cut inside a word is read whole', () => {
    const doc = readBody('President Recep Tayyip Erdoğan spoke. Erdoğan said no.', cutTagger)
    assert.deepEqual(summarise(doc), [
      'PERSON Recep Tayyip Erdoğan [President] : Recep Tayyip Erdoğan, Erdoğan',
    ])
  })

  test('ids follow the first mention, and every mention text is its slice', () => {
    const doc = readBody(
      'Biden spoke. Then Joe Biden and Kamala Harris left Washington.',
      fixedTagger([
        ['Biden', 'PERSON'],
        ['Joe Biden', 'PERSON'],
        ['Kamala Harris', 'PERSON'],
        ['Washington', 'LOC'],
      ]),
    )
    assert.deepEqual(
      doc.entities.map((e) => `${e.id} ${e.name}`),
      ['E1 Joe Biden', 'E2 Kamala Harris', 'E3 Washington'],
    )
    for (const e of doc.entities) {
      for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text)
    }
  })
})
