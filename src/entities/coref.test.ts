import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { spanProblems } from '../core/invariants.js'
import type { EntityType } from '../core/schema.js'
import { fixedTagger, readBody, summarise } from './testkit.js'

/**
 * Coreference inside an article: name variants, nominal mentions and pronouns. The tagger is
 * fixed (it returns exactly the listed names) so the rows test the resolution rules alone.
 * Expected: "TYPE name [roles] : mentions" with nominals /n and pronouns /p.
 */
interface Row {
  readonly text: string
  readonly tags: readonly (readonly [string, EntityType])[]
  readonly expect: readonly string[]
}

const P = 'PERSON'

const ROWS: readonly Row[] = [
  {
    // An object pronoun never takes its clause's subject; the possessive follows it.
    text: 'President Marek Novak spoke by phone with President-elect Luis Vega on May 2 to thank him for his support.',
    tags: [
      ['Marek Novak', P],
      ['Luis Vega', P],
    ],
    expect: [
      'PERSON Marek Novak [President] : Marek Novak',
      'PERSON Luis Vega [President-elect] : Luis Vega, him/p, his/p',
    ],
  },
  {
    text: 'Kamala Harris met Volodymyr Zelensky in Washington. She praised his courage.',
    tags: [
      ['Kamala Harris', P],
      ['Volodymyr Zelensky', P],
      ['Washington', 'LOC'],
    ],
    expect: [
      'PERSON Kamala Harris : Kamala Harris, She/p',
      'PERSON Volodymyr Zelensky : Volodymyr Zelensky, his/p',
      'LOC Washington : Washington',
    ],
  },
  {
    text: 'Angela Merkel met Emmanuel Macron in Paris. He said the talks had been useful.',
    tags: [
      ['Angela Merkel', P],
      ['Emmanuel Macron', P],
      ['Paris', 'LOC'],
    ],
    expect: [
      'PERSON Angela Merkel : Angela Merkel',
      'PERSON Emmanuel Macron : Emmanuel Macron, He/p',
      'LOC Paris : Paris',
    ],
  },
  {
    // Two men in one clause: "his" is left unresolved rather than guessed.
    text: 'Trump spoke with Biden about his plan.',
    tags: [
      ['Trump', P],
      ['Biden', P],
    ],
    expect: ['PERSON Trump : Trump', 'PERSON Biden : Biden'],
  },
  {
    // The previous sentence's subject continues as "He".
    text: 'Zelensky met Biden in Washington. He said the talks were useful.',
    tags: [
      ['Zelensky', P],
      ['Biden', P],
      ['Washington', 'LOC'],
    ],
    expect: [
      'PERSON Zelensky : Zelensky, He/p',
      'PERSON Biden : Biden',
      'LOC Washington : Washington',
    ],
  },
  {
    // A proper noun the tagger missed ("Trump") could be the antecedent: no guess.
    text: 'Trump spoke with Biden. He said the call went well.',
    tags: [['Biden', P]],
    expect: ['PERSON Biden : Biden'],
  },
  {
    // Cataphora: a possessive in an opening phrase refers to the subject after the comma.
    text: 'In his weekly column, President Marek Novak thanked the volunteers.',
    tags: [['Marek Novak', P]],
    expect: ['PERSON Marek Novak [President] : his/p, Marek Novak'],
  },
  {
    // Inside a quotation, a pronoun looks only at names inside the same quotation.
    text: '"I had lunch with President Vega and thanked him," Novak wrote.',
    tags: [
      ['Vega', P],
      ['Novak', P],
    ],
    expect: ['PERSON Vega [President] : Vega, him/p', 'PERSON Novak : Novak'],
  },
  {
    text: '"I congratulated him on his victory," Zelensky said after speaking to Trump.',
    tags: [
      ['Zelensky', P],
      ['Trump', P],
    ],
    expect: ['PERSON Zelensky : Zelensky', 'PERSON Trump : Trump'],
  },
  {
    // "Zelensky said he ...": the clause subject, with no other candidate after it.
    text: 'Macron met Zelensky on Friday. Zelensky said he would visit Washington.',
    tags: [
      ['Zelensky', P],
      ['Macron', P],
      ['Washington', 'LOC'],
    ],
    expect: [
      'PERSON Macron : Macron',
      'PERSON Zelensky : Zelensky, Zelensky, he/p',
      'LOC Washington : Washington',
    ],
  },
  {
    // "told Macron he ...": either man; left unresolved.
    text: 'Zelensky told Macron he would visit Washington.',
    tags: [
      ['Zelensky', P],
      ['Macron', P],
      ['Washington', 'LOC'],
    ],
    expect: ['PERSON Zelensky : Zelensky', 'PERSON Macron : Macron', 'LOC Washington : Washington'],
  },
  {
    text: 'Zelensky defended himself against the criticism.',
    tags: [['Zelensky', P]],
    expect: ['PERSON Zelensky : Zelensky, himself/p'],
  },
  {
    // A role nominal: the entity holding the office now, not the subject of the clause.
    text: 'President Volodymyr Zelensky met Donald Trump on Friday. Trump has criticized the Ukrainian president.',
    tags: [
      ['Volodymyr Zelensky', P],
      ['Donald Trump', P],
      ['Trump', P],
    ],
    expect: [
      'PERSON Volodymyr Zelensky [President of Ukraine] : Volodymyr Zelensky, the Ukrainian president/n',
      'PERSON Donald Trump : Donald Trump, Trump',
    ],
  },
  {
    // "the former president" needs a former president.
    text: 'Former President Carlos Mena met President Ines Duarte. Duarte thanked the former president.',
    tags: [
      ['Carlos Mena', P],
      ['Ines Duarte', P],
      ['Duarte', P],
    ],
    expect: [
      'PERSON Carlos Mena [former President] : Carlos Mena, the former president/n',
      'PERSON Ines Duarte [President] : Ines Duarte, Duarte',
    ],
  },
  {
    // A former president called "President" is not "the president".
    text: 'Former President Carlos Mena spoke. President Mena then left, and the president was not seen again.',
    tags: [
      ['Carlos Mena', P],
      ['Mena', P],
    ],
    expect: ['PERSON Carlos Mena [former President] : Carlos Mena, Mena'],
  },
  {
    // A nationality that contradicts the entity's blocks the nominal.
    text: 'French President Emmanuel Macron arrived. Reporters waited for the Ukrainian president.',
    tags: [['Emmanuel Macron', P]],
    expect: ['PERSON Emmanuel Macron [President of France] : Emmanuel Macron'],
  },
  {
    text: 'Zelensky visited Donald Trump in New York to share a plan with the Republican candidate.',
    tags: [
      ['Zelensky', P],
      ['Donald Trump', P],
      ['New York', 'LOC'],
    ],
    expect: [
      'PERSON Zelensky : Zelensky',
      'PERSON Donald Trump : Donald Trump, the Republican candidate/n',
      'LOC New York : New York',
    ],
  },
  {
    // A nominal with an apposition is the apposition's entity, not the most recent person.
    text: 'Ana Ruiz spoke. Okafor leads the veteran Liberal nominee, Martin K. Doyle, by five points.',
    tags: [
      ['Ana Ruiz', P],
      ['Okafor', P],
      ['Martin K. Doyle', P],
    ],
    expect: [
      'PERSON Ana Ruiz : Ana Ruiz',
      'PERSON Okafor : Okafor',
      'PERSON Martin K. Doyle : the veteran Liberal nominee/n, Martin K. Doyle',
    ],
  },
  {
    // A generic head needs one candidate: two people in the window, no guess.
    text: 'Hillary Clinton met Chelsea Clinton. The rules called for the Democratic nominee to leave.',
    tags: [
      ['Hillary Clinton', P],
      ['Chelsea Clinton', P],
    ],
    expect: [
      'PERSON Hillary Clinton : Hillary Clinton',
      'PERSON Chelsea Clinton : Chelsea Clinton',
    ],
  },
  {
    // "Mr. Obama" cannot be "Michelle Obama": the bare surname names another person.
    text: 'Michelle Obama spoke first. Then Mr. Obama spoke, and President Obama left.',
    tags: [
      ['Michelle Obama', P],
      ['Obama', P],
    ],
    expect: ['PERSON Michelle Obama : Michelle Obama', 'PERSON Obama [President] : Obama, Obama'],
  },
  {
    // Organisations: a nominal head of the right type, "its"; "it" is left alone.
    text: 'Morgan Stanley said on Tuesday it would cut 2,000 jobs. The bank said its profit fell.',
    tags: [['Morgan Stanley', 'ORG']],
    expect: ['ORG Morgan Stanley : Morgan Stanley, The bank/n, its/p'],
  },
  {
    text: 'Hamas said they would free two hostages on Sunday.',
    tags: [['Hamas', 'ORG']],
    expect: ['ORG Hamas : Hamas, they/p'],
  },
  {
    // A plural noun between: "they" is the fighters, not the organisation.
    text: 'Hamas fighters said they would fight on.',
    tags: [['Hamas', 'ORG']],
    expect: ['ORG Hamas : Hamas'],
  },
  {
    // Name variants: the full name, the surname, and the given name the article uses.
    text: 'Kamala Harris spoke first. Harris thanked voters, and Kamala waved.',
    tags: [
      ['Kamala Harris', P],
      ['Harris', P],
      ['Kamala', P],
    ],
    expect: ['PERSON Kamala Harris : Kamala Harris, Harris, Kamala'],
  },
  {
    // Two people with one surname: the bare surname is the person introduced first.
    text: 'Hillary Clinton spoke after Chelsea Clinton. Clinton said she was proud.',
    tags: [
      ['Hillary Clinton', P],
      ['Chelsea Clinton', P],
      ['Clinton', P],
    ],
    expect: [
      'PERSON Hillary Clinton : Hillary Clinton, Clinton, she/p',
      'PERSON Chelsea Clinton : Chelsea Clinton',
    ],
  },
  {
    // Honorifics give the gender.
    text: 'Ms. Lee met Mr. Wong on Monday. She said the talks went well.',
    tags: [
      ['Lee', P],
      ['Wong', P],
    ],
    expect: ['PERSON Lee : Lee, She/p', 'PERSON Wong : Wong'],
  },
]

describe('entities: coreference (case table)', () => {
  for (const [i, row] of ROWS.entries()) {
    test(`case ${i + 1}: ${row.text.slice(0, 60)}`, () => {
      const doc = readBody(row.text, fixedTagger(row.tags))
      assert.deepEqual(spanProblems(doc), [], `coref.test.ts case ${i + 1}: spans`)
      assert.deepEqual(summarise(doc), row.expect, `coref.test.ts case ${i + 1}: ${row.text}`)
    })
  }
})
