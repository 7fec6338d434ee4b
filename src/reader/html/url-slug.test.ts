import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type Slug, slugAgreement, slugWords } from './url-slug.js'

describe('slugWords', () => {
  const cases: [string, number | null][] = [
    ['https://news.example/2024/03/12/ferry-service-resumes.html', 3],
    ['https://news.example/de/f%C3%A4hre-f%C3%A4hrt-wieder-ab-montag', 5],
    ['https://news.example/', null],
    ['https://news.example/article.php?id=504', null],
    ['https://news.example/politik/inland/12345', null],
    ['not a url', null],
  ]
  for (const [url, size] of cases) {
    it(`reads ${url}`, () => assert.equal(slugWords(url)?.size ?? null, size))
  }
})

describe('slugAgreement', () => {
  const slug = (url: string) => slugWords(url) as Slug
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
