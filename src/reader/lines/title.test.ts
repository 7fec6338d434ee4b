import assert from 'node:assert/strict'
import { test } from 'node:test'
import { NO_SLUG, slugWords } from '../url-slug.js'
import { lineFeatures } from './features.js'
import {
  chooseTitle,
  cleanTitle,
  dropKicker,
  echo,
  echoSet,
  headlineCase,
  type TitleCandidate,
} from './title.js'

test('echo: the headline repeats in the body, a menu item does not', () => {
  const body = echoSet([
    'Prime Minister Anna Lindqvist held a video call with Chancellor-elect Paul Brenner on May 2 to congratulate him on his party’s election victory.',
  ])
  assert.ok(
    echo('Lindqvist holds call with Brenner to congratulate him on election victory', body) > 0.6,
  )
  assert.equal(echo('Business news and markets', body), 0)
})

/** A candidate line with no evidence but its text; `more` sets the evidence of one test. */
const cand = (index: number, text: string, more: Partial<TitleCandidate> = {}): TitleCandidate => ({
  index,
  text,
  features: lineFeatures(text),
  first: false,
  distance: 0,
  far: false,
  echo: 0,
  bylineAfter: false,
  crumb: null,
  proseAfter: false,
  underHeadline: false,
  site: false,
  repeated: false,
  ...more,
})

test('chooseTitle: the line the page writes twice near the article, not the section above', () => {
  // "Aktuelles" / "Alle Meldungen" / "Die Brücke der Träume" / date / "Pressemeldung" / the
  // headline again / the article.
  const lines = [
    cand(58, 'Die Brücke der Träume', {
      distance: 2,
      echo: 0.5,
      bylineAfter: true,
      proseAfter: true,
      repeated: true,
    }),
    cand(57, 'Alle Meldungen', { distance: 3, bylineAfter: true, proseAfter: true }),
    cand(55, 'Tierpark Nord', { distance: 5, echo: 1, bylineAfter: true, proseAfter: true }),
  ]
  assert.equal(chooseTitle(lines, NO_SLUG)?.candidate.text, 'Die Brücke der Träume')
})

test('chooseTitle: the site name opening the page is not the headline', () => {
  const lines = [
    cand(1, 'The Quiet Lab', { first: true, distance: 4, proseAfter: true, site: true }),
    cand(5, 'Une nouvelle équipe à la tête du laboratoire', {
      distance: 2,
      echo: 0.25,
      proseAfter: true,
    }),
  ]
  assert.equal(chooseTitle(lines, NO_SLUG)?.candidate.index, 5)
  // With no other line, the site's name is the page's headline (a home page).
  assert.equal(chooseTitle(lines.slice(0, 1), NO_SLUG)?.candidate.index, 1)
})

test('chooseTitle: the headline the URL spells out, not a section name nor a teaser', () => {
  const slug = slugWords('https://example.ch/kultur/mit-dem-falschen-fuss-aufgestanden-ld.2290417')
  const lines = [
    cand(3, 'Kultur', { distance: 6 }),
    cand(9, 'Mit dem falschen Fuss aufgestanden', { proseAfter: true }),
    cand(40, 'Wetter', { far: true, distance: 31 }),
  ]
  assert.equal(chooseTitle(lines, slug)?.candidate.text, 'Mit dem falschen Fuss aufgestanden')
})

test('chooseTitle: the line over the byline, not the section label above it', () => {
  const lines = [
    cand(5, 'National / Crime & Legal', { distance: 1 }),
    cand(6, 'Out of stock: 4,000 test kits taken from Osaka clinic', {
      bylineAfter: true,
      echo: 0.5,
    }),
  ]
  const chosen = chooseTitle(lines, NO_SLUG)
  assert.equal(chosen?.candidate.index, 6)
  // A byline under it and the body repeating half its words: strong enough to anchor the article.
  assert.equal(chosen?.strong, true)
})

test('chooseTitle: dates, breadcrumb trails and kicker lines are no headlines', () => {
  for (const text of ['19.10.2019 12.09', 'Start|Ratgeber|Gute Ideen|Frühjahrsputz'])
    assert.equal(chooseTitle([cand(0, text, { first: true, echo: 1 })], NO_SLUG), null, text)
  // The trail repeating the headline after it ('head') is skipped; the headline ('tail') wins.
  const lines = [
    cand(1, 'Home News Ökumene trifft Diplomatie', { crumb: 'head', echo: 1 }),
    cand(2, 'Ökumene trifft Diplomatie', { crumb: 'tail', echo: 1 }),
  ]
  assert.equal(chooseTitle(lines, NO_SLUG)?.candidate.index, 2)
})

test('chooseTitle without a URL: a clean article opens with its headline', () => {
  const text = 'Okafor chasing first world title'
  const body = echoSet([
    'Nigerian sprinter Ada Okafor believes she can claim her first world title in August.',
  ])
  const chosen = chooseTitle([cand(0, text, { first: true, echo: echo(text, body) })], NO_SLUG)
  assert.equal(chosen?.candidate.text, text)
  assert.equal(chosen?.strong, true)
})

test('cleanTitle: trails, labels and marks go, quotation marks stay', () => {
  const cases: [string, string][] = [
    ['» Unbefriedigt', 'Unbefriedigt'],
    [
      '»Am Ende bleibt nichts für den Urlaub übrig«',
      '»Am Ende bleibt nichts für den Urlaub übrig«',
    ],
    ['*Ab Montag* 500 Produkttester gesucht', '*Ab Montag* 500 Produkttester gesucht'],
    ['Aktuelle Seite: Covid-19: Wie weiter?', 'Covid-19: Wie weiter?'],
    ['Suche nach: Glossar zur Pandemie', 'Glossar zur Pandemie'],
    [
      'Startseite » Rezepte » Kuchen » Saftiger Zitronenkuchen vom Blech',
      'Saftiger Zitronenkuchen vom Blech',
    ],
    ['Kein » Pfad hier', 'Kein » Pfad hier'],
    ['14.02.2021 - Brunner darf weiter hoffen', 'Brunner darf weiter hoffen'],
    ['March 4, 2020 | Storm hits the coast', 'Storm hits the coast'],
    ['2024 election: what we know', '2024 election: what we know'],
  ]
  for (const [line, want] of cases) assert.equal(cleanTitle(line), want, line)
})

test('dropKicker: the kicker goes when the URL spells the headline and not the kicker', () => {
  const slug = slugWords('https://example.ch/warum-duerre-alte-buchen-schwaecht-518204')
  const cases: [string, string][] = [
    [
      'Klimawandel und Wälder – Warum Dürre alte Buchen schwächt',
      'Warum Dürre alte Buchen schwächt',
    ],
    ['Warum Dürre alte Buchen schwächt', 'Warum Dürre alte Buchen schwächt'],
    ['Dürre: Warum alte Buchen leiden', 'Dürre: Warum alte Buchen leiden'],
  ]
  for (const [line, want] of cases) assert.equal(dropKicker(line, slug), want, line)
  assert.equal(dropKicker('Wald – Warum Buchen leiden', NO_SLUG), 'Wald – Warum Buchen leiden')
})

test('chooseTitle: a line far from the run that spells the whole URL beats a near teaser spelling part of it', () => {
  const slug = slugWords(
    'https://example.de/politik/schlappe-fuer-meyer-landtag-verschiebt-abstimmung-ueber-kita-gesetz-123.html',
  )
  const teaser = cand(408, 'Meyers Kita-Gesetz kommt in den Landtag', { proseAfter: true })
  const headline = cand(301, 'Schlappe für Meyer: Landtag verschiebt Abstimmung über Kita-Gesetz', {
    far: true,
    distance: 107,
  })
  assert.equal(chooseTitle([teaser, headline], slug)?.candidate.index, 301)
  // A near line spelling nearly as much stays; so does a far line of two sentences.
  const near = cand(408, 'Schlappe: Landtag verschiebt Abstimmung über Kita-Gesetz', {
    proseAfter: true,
  })
  assert.equal(chooseTitle([near, headline], slug)?.candidate.index, 408)
  const twoSentences = cand(
    301,
    'Eilmeldung. Schlappe für Meyer: Landtag verschiebt Abstimmung über Kita-Gesetz',
    {
      far: true,
      distance: 107,
    },
  )
  assert.equal(chooseTitle([teaser, twoSentences], slug)?.candidate.index, 408)
})

test('headlineCase: every word capitalised but the short function words', () => {
  assert.ok(headlineCase('Ferry Service Resumes after Harbour Strike Ends Thurs.'))
  assert.ok(headlineCase('Talks on Grain Exports to Restart in Oslo'))
  assert.ok(!headlineCase('The ferry service resumed on Thursday after the strike.'))
  assert.ok(!headlineCase('Ferry Service Resumes'), 'three words are too few to tell')
})

test('chooseTitle: a headline-case line ending in an abbreviation is not a sentence', () => {
  // Menu lines above; the headline ends in "Thurs." and echoes the article under it.
  const lines = [
    cand(40, 'Ferry Service Resumes after Harbour Strike Ends Thurs.', {
      distance: 0,
      echo: 0.7,
      proseAfter: true,
    }),
    cand(39, 'Local News', { distance: 1, proseAfter: true }),
    cand(12, 'Weekend Radio Highlights (Harbour FM)', { distance: 28, echo: 0.4 }),
  ]
  assert.equal(chooseTitle(lines, NO_SLUG)?.candidate.index, 40)
})
