import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lineFeatures } from './features.js'
import {
  chooseSlugTitle,
  chooseTitle,
  cleanTitle,
  dropKicker,
  echo,
  echoSet,
  fold,
  NO_SLUG,
  slugEcho,
  slugWords,
} from './title.js'

test('slug words: folded, without numbers and file endings', () => {
  const slug = slugWords(
    'https://www.heiko-adams.de/2019/02/laufen-im-winter-von-baeh-zu-yeah-in-12-monaten.html',
  )
  for (const w of ['laufen', 'winter', 'baeh', 'yeah', 'monaten']) assert.ok(slug.words.has(w), w)
  assert.ok(!slug.words.has('2019') && !slug.words.has('html'))
  assert.equal(slugEcho('Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten.', slug.words), 1)
  assert.equal(fold('Ölförderung'), 'oelfoerderung')
})

test('echo: the headline repeats in the body, a menu item does not', () => {
  const body = echoSet([
    'President Volodymyr Zelensky held a phone call with President-elect Donald Trump on Nov. 6 to congratulate him on his presidential election victory.',
  ])
  assert.ok(
    echo('Zelensky holds call with Trump to congratulate him on election victory', body) > 0.6,
  )
  assert.equal(echo('Business news and markets', body), 0)
})

test('chooseSlugTitle: the headline the URL spells out, not a section name nor a teaser', () => {
  const slug = slugWords('https://example.ch/kultur/mit-allen-wassern-gewaschen-ld.1161246')
  const cand = (index: number, text: string) => ({
    index,
    text,
    features: lineFeatures(text),
    first: false,
    distance: 0,
  })
  const lines = [cand(3, 'Kultur'), cand(9, 'Mit allen Wassern gewaschen'), cand(40, 'Wetter')]
  assert.equal(chooseSlugTitle(lines, slug, (i) => i === 9)?.text, 'Mit allen Wassern gewaschen')
})

test('chooseTitle without a URL: a clean article opens with its headline', () => {
  const text = 'Claxton hunting first major medal'
  const c = { index: 0, text, features: lineFeatures(text), first: true, distance: 0 }
  const body = echoSet([
    'British hurdler Sarah Claxton is confident she can win her first major medal.',
  ])
  const chosen = chooseTitle([c], body, NO_SLUG)
  assert.equal(chosen?.candidate.text, text)
  assert.equal(chosen?.strong, true)
})

test('slug words: a one-word section segment before the last is not the headline', () => {
  assert.ok(!slugWords('https://yle.example/uutiset/3-11212601').words.has('uutiset'))
  assert.ok(
    !slugWords('https://example.it/cronaca/2020/02/19/news/neve-in-arrivo').words.has('cronaca'),
  )
  assert.ok(
    slugWords('https://example.it/cronaca/2020/02/19/news/neve-in-arrivo').words.has('neve'),
  )
  assert.ok(slugWords('https://example.de/film/geschichte/').words.has('geschichte'))
})

test('cleanTitle: trails, labels and marks go, quotation marks stay', () => {
  const cases: [string, string][] = [
    ['» Unbefriedigt', 'Unbefriedigt'],
    [
      '»Einfach kein Geld mehr, um die Miete zu zahlen«',
      '»Einfach kein Geld mehr, um die Miete zu zahlen«',
    ],
    ['*Ab Montag* 500 Produkttester gesucht', '*Ab Montag* 500 Produkttester gesucht'],
    ['Aktuelle Seite: Covid-19: Wie weiter?', 'Covid-19: Wie weiter?'],
    ['Suche nach: Glossar zur Pandemie', 'Glossar zur Pandemie'],
    [
      'Startseite » Rezepte » Kuchen » Saftiger Zitronenkuchen vom Blech',
      'Saftiger Zitronenkuchen vom Blech',
    ],
    ['Kein » Pfad hier', 'Kein » Pfad hier'],
  ]
  for (const [line, want] of cases) assert.equal(cleanTitle(line), want, line)
})

test('dropKicker: the kicker goes when the URL spells the headline and not the kicker', () => {
  const slug = slugWords(
    'https://example.ch/wie-umweltzerstoerung-neue-epidemien-beguenstigt-633956',
  )
  const cases: [string, string][] = [
    [
      'Coronavirus und Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt',
      'Wie Umweltzerstörung neue Epidemien begünstigt',
    ],
    [
      'Wie Umweltzerstörung neue Epidemien begünstigt',
      'Wie Umweltzerstörung neue Epidemien begünstigt',
    ],
    [
      'Umweltzerstörung: Wie neue Epidemien entstehen',
      'Umweltzerstörung: Wie neue Epidemien entstehen',
    ],
  ]
  for (const [line, want] of cases) assert.equal(dropKicker(line, slug), want, line)
  assert.equal(
    dropKicker('Klima – Wie Epidemien entstehen', NO_SLUG),
    'Klima – Wie Epidemien entstehen',
  )
})
