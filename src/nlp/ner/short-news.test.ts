import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Token } from '../../core/doc.js'
import type { Span } from '../../core/schema.js'
import { tokenizeLine } from '../tokenizer.js'
import { nerSpans } from './tagger.js'

/** Tags a one-line text as the tokenizer stage does; spans as `TYPE:text`. */
function tag(text: string): string[] {
  const tokens: Token[] = []
  const sentences: Span[] = []
  tokenizeLine(text, 0, text.length, sentences, tokens)
  return nerSpans(text, tokens, sentences).map((s) => `${s.type}:${text.slice(s.start, s.end)}`)
}

// Short news items (one sentence, no document context), as API users and headline feeds send
// them. Sentence-initial bare surnames before a verb are the common case in news. Every name in
// the sentence is listed (CoNLL-2003 conventions: a city acting as a government is LOC).
const CASES: [string, string[]][] = [
  ['Trump said on Friday that talks would go on.', ['PERSON:Trump']],
  ['Putin rejected the offer.', ['PERSON:Putin']],
  ['Merkel told reporters in Berlin that the deal was dead.', ['PERSON:Merkel', 'LOC:Berlin']],
  ['Erdoğan met Putin in Sochi.', ['PERSON:Erdoğan', 'PERSON:Putin', 'LOC:Sochi']],
  ['Morgan Stanley cut its forecast.', ['ORG:Morgan Stanley']],
  ['Santa Clara approved the budget.', ['LOC:Santa Clara']],
  ['Biden signed the bill into law.', ['PERSON:Biden']],
  ['Netanyahu added that Hamas must be destroyed.', ['PERSON:Netanyahu', 'ORG:Hamas']],
  // Organisations of recent news: platforms, armed groups, broadcasters (ORG, not places).
  [
    'Zelensky wrote on Telegram that the front line was holding.',
    ['PERSON:Zelensky', 'ORG:Telegram'],
  ],
  ['Taliban fighters attacked a checkpoint in Kandahar.', ['ORG:Taliban', 'LOC:Kandahar']],
  [
    'Hamas and Hezbollah condemned the strike, according to Al Jazeera.',
    ['ORG:Hamas', 'ORG:Hezbollah', 'ORG:Al Jazeera'],
  ],
  ['The BBC reported that the RAF sent two jets.', ['ORG:BBC', 'ORG:RAF']],
]

// Known misses of the current model (kept as todo so they are seen, not hidden): an unknown
// surname right after a verb is read as ORG/LOC, a city CoNLL's sport pages name as a club
// when one sentence gives no more context, an unaccented "Orban" read as MISC (the accented
// "Orbán" and "Viktor Orban" are PERSON).
const TODO: [string, string[]][] = [
  ['Trump criticized Zelensky on Friday.', ['PERSON:Trump', 'PERSON:Zelensky']],
  ['Macron called Scholz on Tuesday.', ['PERSON:Macron', 'PERSON:Scholz']],
  ['Officials in Boston said the storm would reach Lyon by Sunday.', ['LOC:Boston', 'LOC:Lyon']],
  ['Orban blocked the aid package for Ukraine.', ['PERSON:Orban', 'LOC:Ukraine']],
]

for (const [text, expected] of TODO) {
  test(`short-news.test.ts: ${text}`, { todo: 'known miss of the NER model' }, () => {
    assert.deepEqual(tag(text), expected)
  })
}

for (const [text, expected] of CASES) {
  test(`short-news.test.ts: ${text}`, () => {
    assert.deepEqual(tag(text), expected)
  })
}
