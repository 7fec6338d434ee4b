import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import {
  fold,
  headlineSlug,
  type SlugForms,
  slugAgreement,
  slugEcho,
  slugWords,
} from './url-slug.js'

describe('headlineSlug', () => {
  const cases: [string, number | null][] = [
    ['https://news.example/2024/03/12/ferry-service-resumes.html', 3],
    ['https://news.example/de/f%C3%A4hre-f%C3%A4hrt-wieder-ab-montag', 5],
    ['https://news.example/', null],
    ['https://news.example/article.php?id=504', null],
    ['https://news.example/politik/inland/12345', null],
    ['not a url', null],
  ]
  for (const [url, size] of cases) {
    it(`reads ${url}`, () => assert.equal(headlineSlug(url)?.size ?? null, size))
  }
})

describe('slugAgreement', () => {
  const slug = (url: string) => headlineSlug(url) as SlugForms
  it('matches German words the URL transliterates (ü as ue, ß as ss)', () => {
    const a = slugAgreement(
      'Straße über den Fluss',
      slug('https://x.example/strasse-ueber-den-fluss'),
    )
    assert.equal(a.f1, 1)
  })
  it('matches words the URL writes without accents', () => {
    const a = slugAgreement('Été à Genève', slug('https://x.example/fr/ete-a-geneve'))
    assert.equal(a.f1, 1)
  })
  it('gives precision over the title and recall over the slug', () => {
    // Title: kicker, ferry, service, resumes (4 words, 3 in the slug); slug: 3 words, all found.
    const a = slugAgreement(
      'Kicker: Ferry service resumes',
      slug('https://x.example/ferry-service-resumes'),
    )
    assert.equal(a.precision, 0.75)
    assert.equal(a.recall, 1)
  })
})

// The text reader's slug (lines/title.ts).

test('slug words: folded, without numbers and file endings', () => {
  const slug = slugWords(
    'https://www.jana-roth.de/2021/05/radeln-im-regen-von-uebel-zu-prima-in-9-wochen.html',
  )
  for (const w of ['radeln', 'regen', 'uebel', 'prima', 'wochen']) assert.ok(slug.words.has(w), w)
  assert.ok(!slug.words.has('2021') && !slug.words.has('html'))
  assert.equal(slugEcho('Radeln im Regen: Von „übel!“ zu „prima!“ in 9 Wochen.', slug.words), 1)
  assert.equal(fold('Ölförderung'), 'oelfoerderung')
})

test('slug echo: an elided article is apart from its word, as the URL writes it', () => {
  const slug = slugWords('https://example.fr/L-economie-et-les-marches.html')
  // économie and marchés are spelled, demain is not (the URL is cut short).
  assert.equal(slugEcho('L’économie et les marchés de demain', slug.words), 2 / 3)
})

test('slug words: a one-word section segment before the last is not the headline', () => {
  assert.ok(!slugWords('https://yle.example/uutiset/3-11212601').words.has('uutiset'))
  assert.ok(
    !slugWords('https://example.it/cronaca/2021/11/03/news/pioggia-in-arrivo').words.has('cronaca'),
  )
  assert.ok(
    slugWords('https://example.it/cronaca/2021/11/03/news/pioggia-in-arrivo').words.has('pioggia'),
  )
  assert.ok(slugWords('https://example.de/film/geschichte/').words.has('geschichte'))
})

test('slug words: the sections before a last segment with words are not the headline', () => {
  const slug = slugWords('https://example.ch/de/garten/gesunder-boden/kompost.html')
  assert.ok(slug.words.has('kompost'))
  assert.ok(!slug.words.has('gesunder') && !slug.words.has('boden'))
  assert.equal(slug.count, 1)
  // A last segment of numbers only leaves the sections' words.
  assert.ok(slugWords('https://example.de/politik/wahl-in-hessen/12345/').words.has('hessen'))
})
