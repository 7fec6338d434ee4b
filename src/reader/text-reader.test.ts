import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readLines, readText } from './text-reader.js'

const paragraphsOf = (r: { text: string; paragraphs: readonly { start: number; end: number }[] }) =>
  r.paragraphs.map((p) => r.text.slice(p.start, p.end))

test('a whole flattened page: the article is found among menus, teasers and footer', () => {
  const page = [
    'Skip to main content',
    'Home',
    'World',
    'Business',
    'Sport',
    'Search',
    'Ukraine war: Russia launches largest drone attack on Kyiv',
    'By Jane Doe, BBC News',
    '6 November 2024',
    'Share',
    'Russia launched its largest drone attack on the Ukrainian capital overnight, officials said on Wednesday, as air defences shot down dozens of the incoming drones.',
    "The attack lasted several hours and damaged residential buildings in three districts of Kyiv, the city's mayor said in a statement on Telegram.",
    'Image caption, Firefighters at a damaged building in Kyiv',
    '"It was a difficult night for the city," he said, adding that two people had been injured.',
    "Ukraine's air force said it had destroyed 62 of the 80 drones launched by Russia.",
    'Related Topics',
    'Russia',
    'Ukraine',
    'More on this story',
    'Zelensky calls for more air defence',
    'Kyiv residents shelter in metro stations',
    'Copyright 2024 BBC. All rights reserved.',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'Ukraine war: Russia launches largest drone attack on Kyiv')
  assert.deepEqual(r.meta.authors, ['Jane Doe'])
  assert.equal(r.meta.published, '2024-11-06')
  assert.equal(r.meta.documentDate, '2024-11-06')
  const paragraphs = paragraphsOf(r)
  assert.equal(paragraphs.length, 4, paragraphs.join('\n'))
  assert.ok(paragraphs[0]?.startsWith('Russia launched its largest drone attack'))
  assert.ok(paragraphs[3]?.startsWith("Ukraine's air force said"))
  assert.deepEqual(
    r.captions.map((c) => c.text),
    ['Image caption, Firefighters at a damaged building in Kyiv'],
  )
  const reasons = new Map(r.removed.map((x) => [x.text, x.reason]))
  assert.equal(reasons.get('Skip to main content'), 'navigation')
  assert.equal(reasons.get('By Jane Doe, BBC News'), 'byline')
  assert.equal(reasons.get('Share'), 'share')
  assert.equal(reasons.get('Zelensky calls for more air defence'), 'boilerplate')
  assert.equal(reasons.get('Copyright 2024 BBC. All rights reserved.'), 'copyright')
  assert.equal(
    r.removed.length + r.captions.length + paragraphs.length + 1,
    page.split('\n').length,
  )
})

test('a clean article loses nothing but its headline, which becomes the title', () => {
  const text = [
    'Okafor chasing first world title',
    '',
    "Nigerian sprinter Ada Okafor believes she can claim her first world title at next month's championships in Budapest.",
    '',
    'The 27-year-old has already lowered the national record over 100m twice this summer',
    '',
    'Okafor has taken the national 100m crown in each of the past four years.',
    '',
    '"I feel ready for it," said Okafor.',
    '',
    'Heats: 19 August',
  ].join('\n')
  const r = readText(text)
  assert.equal(r.meta.title, 'Okafor chasing first world title')
  assert.equal(paragraphsOf(r).length, 5, JSON.stringify(r.removed))
  assert.deepEqual(r.removed, [])
})

test('scraper headers glued to each other and to the page text are split off', () => {
  const text = [
    'url https://example.org/world/tbilisi-protests date 2024-11-06',
    'title: Protesters gather in Tbilisi',
    'Protesters gather in Tbilisi',
    'Thousands of people gathered outside the parliament in Tbilisi on Wednesday evening, demanding a rerun of the disputed election.',
  ].join('\n')
  const r = readText(text)
  assert.equal(r.meta.title, 'Protesters gather in Tbilisi')
  assert.equal(r.meta.documentDate, '2024-11-06')
  assert.deepEqual(
    r.removed.map((x) => [x.text, x.reason]),
    [
      ['url https://example.org/world/tbilisi-protests', 'header'],
      ['date 2024-11-06', 'header'],
      ['title: Protesters gather in Tbilisi', 'header'],
    ],
  )
  assert.equal(paragraphsOf(r).length, 1)
})

test('readLines on the blocks an HTML reader kept: a known title, notices dropped', () => {
  const blocks = [
    'Protesters gather in Tbilisi',
    'Advertisement',
    'Thousands of people gathered outside the parliament in Tbilisi on Wednesday evening, demanding a rerun of the disputed election.',
    'Police used water cannon to disperse the crowd late at night, according to witnesses.',
    'Read more: Georgia election explained',
  ]
  const r = readLines(blocks, { title: 'Protesters gather in Tbilisi' })
  assert.equal(r.meta.title, 'Protesters gather in Tbilisi')
  assert.equal(paragraphsOf(r).length, 2)
  assert.deepEqual(
    r.removed.map((x) => x.reason),
    ['advertisement', 'related-links'],
  )
})

test('a wire story: photo caption, dateline kept in the body, credits and copyright dropped', () => {
  const text = [
    'FILE - In this Nov. 14, 2016 photo, firefighters work at the site of a warehouse fire in Valparaíso, Chile. (AP Photo/Marta Quiroga)',
    'SANTA CRUZ, Bolivia — Bolivian engineers said Tuesday that heavy rain or poor foundations most likely caused the warehouse roof to give way.',
    'Workers from the night shift accounted for six of the injured, officials said.',
    '___',
    'Associated Press writers Renata Olsen and Theo Barrick in Tulsa contributed to this report.',
    'Copyright 2016 Northgate Newswire. All rights reserved. Reprints only with written permission.',
  ].join('\n')
  const r = readText(text)
  assert.equal(r.captions.length, 1)
  assert.equal(r.captions[0]?.date, '2016-11-14')
  assert.ok(r.text.startsWith('SANTA CRUZ, Bolivia — Bolivian engineers'))
  assert.deepEqual(
    r.removed.map((x) => x.reason),
    ['separator', 'credits', 'copyright'],
  )
  assert.equal(r.meta.title, null)
})

test('an empty page reads as no body, with a message', () => {
  const r = readText('Home\nContact\nImpressum')
  assert.equal(r.text, '')
  assert.equal(r.messages[0]?.code, 'reader/no-body')
})

test('a saved article keeps its short closing paragraph before a footer line', () => {
  const text = [
    'Trump attacks the press again',
    '',
    'The candidate spent much of his speech on Tuesday criticising the reporters who cover his campaign, calling them dishonest.',
    '',
    'His aides later said the remarks were meant as a joke, but several reporters said they felt threatened by the crowd.',
    '',
    'Pure propaganda.',
    '',
    'Follow Dana Whitcombe on Twitter @DWhitcombe.',
  ].join('\n')
  const r = readText(text)
  assert.equal(paragraphsOf(r).at(-1), 'Pure propaganda.')
  assert.deepEqual(r.removed, [
    { text: 'Follow Dana Whitcombe on Twitter @DWhitcombe.', reason: 'follow' },
  ])
})

test('a date opening the first paragraph dates the article; a date inside a sentence does not', () => {
  const lead =
    'Am 24. Spieltag der Regionalliga treffen der SV Lindenau und der FC Talheim aufeinander, wie der Verband mitteilte.'
  const dated = readText(['Lindenau empfängt Talheim', `07.03.2021, 16:05 Uhr ${lead}`].join('\n'))
  assert.equal(dated.meta.published, '2021-03-07T16:05')
  const inside = readText(
    [
      'Lindenau empfängt Talheim',
      `Der SV Lindenau und der FC Talheim treffen sich nach dem Spiel vom 07.03.2021 erneut, wie der Verband mitteilte.`,
    ].join('\n'),
  )
  assert.equal(inside.meta.published, null)
})

test('a date opening a long paragraph under the standfirst dates the article', () => {
  const long =
    '29.11.2022 – Lange hatten die Bauern vor den Folgen der neuen Regeln gewarnt und eigene Vorschläge gemacht. Vergeblich. Die Regeln sollen nun schon ab dem 1. Dezember gelten, wie das Ministerium mitteilte.'
  const r = readText(
    [
      'Neue Düngeregeln beschlossen',
      'Das Kabinett hat die Verordnung beschlossen. Das schadet den Höfen, sagt der Verband.',
      long,
    ].join('\n'),
  )
  assert.equal(r.meta.documentDate, '2022-11-29')
})

test('the standfirst under the headline is kept though share buttons part it from the article', () => {
  const para = (s: string) =>
    `${s} Die Polizei suchte am Sonntag nach Zeugen, wie die Kantonspolizei in einer Mitteilung schrieb.`
  const page = [
    'Home',
    'Region',
    'Sport',
    'Zwei Neulenker crashen Porsche und BMW in einer Nacht',
    '09.11.2019 11:36',
    'Am frühen Sonntagmorgen sind zwei junge Fahrer kurz nacheinander mit ihren Sportwagen von der Strasse abgekommen.',
    'Teilen',
    'Facebook',
    para(
      'Ein 20-Jähriger ist am Sonntag kurz nach zwei Uhr auf der Kantonsstrasse in einen Zaun geprallt.',
    ),
    para('Er hatte in einer engen Kurve die Kontrolle über seinen Porsche verloren.'),
    para('Wenig später prallte in Wil ein 22-Jähriger mit seinem BMW gegen eine Mauer.'),
    'Impressum',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'Zwei Neulenker crashen Porsche und BMW in einer Nacht')
  const paragraphs = paragraphsOf(r)
  assert.equal(paragraphs.length, 4, paragraphs.join('\n'))
  assert.ok(paragraphs[0]?.startsWith('Am frühen Sonntagmorgen'))
  assert.equal(r.meta.published, '2019-11-09T11:36')
})

test('a long standfirst without its full stop is kept under the headline', () => {
  const para = (s: string) =>
    `${s} Die Veranstalter zeigten sich am Sonntag mit dem Verlauf des Wochenendes zufrieden.`
  const page = [
    'Home',
    'Kontakt',
    'Suche',
    'Die Läuferin gewinnt den Massenstart zum Abschluss der Etappe',
    'Zweimal musste sie sich in dieser Woche geschlagen geben, am Sonntag aber jubelte die Favoritin im letzten Rennen vor heimischem Publikum',
    'Teilen',
    para('Die Läuferin holte sich nach einer starken Vorstellung den Sieg im Massenstart.'),
    para('Ihre stärkste Gegnerin kam ihr am Schießstand bis auf wenige Sekunden nahe.'),
    para('Mit dem Rennen endete auch die Etappe, die trotz des Wetters gut verlaufen ist.'),
    'Impressum',
  ].join('\n')
  const paragraphs = paragraphsOf(readText(page))
  assert.equal(paragraphs.length, 4, paragraphs.join('\n'))
  assert.ok(paragraphs[0]?.startsWith('Zweimal musste sie'))
})

test('a flattened page: the short article under its headline, not the promotion after its comment form', () => {
  const page = [
    'url https://example.org/2020/02/haltet-die-seen-sauber/',
    'Start',
    'Segeln',
    'Reviere',
    'Markt',
    'Haltet die Seen sauber',
    'Veröffentlicht von Redaktion am 23. Februar 2020',
    'Der Malwettbewerb für Kinder findet in diesem Jahr zum sechsten Mal statt, und alle Kinder zwischen sechs und zwölf Jahren sind eingeladen.',
    'Schreibe einen Kommentar',
    'Name',
    'Website',
    'Unser Verlag gibt seit vielen Jahren Bücher und Karten für Segler heraus, die auf dem Wasser und an Land zuverlässige Begleiter sind.',
    'Die Karten werden jedes Jahr überarbeitet, damit sie den neuesten Stand der Seezeichen, der Häfen und der Ankerplätze zeigen.',
    'Unsere Redaktion prüft jede Angabe vor Ort und arbeitet dafür mit Hafenmeistern und erfahrenen Fahrtenseglern aus dem ganzen Land zusammen.',
    'Impressum',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'Haltet die Seen sauber')
  assert.deepEqual(paragraphsOf(r), [page.split('\n')[7]])
})

test('a name under the headline and its standfirst is its byline though the article starts under the headline', () => {
  const para = (s: string) =>
    `${s} Das zeigt sich in den Kliniken, in den Ämtern und in den Familien gleichermaßen.`
  const page = [
    'Home',
    'Kontakt',
    'Suche',
    'Warum wir jetzt Geduld brauchen',
    'Geduld verlangen nicht nur Ärzte, sondern auch Politiker, Lehrer und Eltern von uns allen',
    'Anna von Berg',
    '24. April 2020',
    'Lesen Sie auch',
    'Ein anderes Thema',
    para('Geduld ist ein Wort, das fast ganz aus unserem Wortschatz verschwunden ist.'),
    para('Wer jetzt Geduld verlangt, muss auch sagen, wie lange die Lage noch dauern wird.'),
    para('Die Geduld der Menschen ist groß, aber sie ist nicht ohne Grenzen.'),
    'Impressum',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'Warum wir jetzt Geduld brauchen')
  assert.deepEqual(r.meta.authors, ['Anna von Berg'])
})

test('a related box set inside the article: the article goes on after it, the box is dropped', () => {
  const page = [
    'Home',
    'News',
    'Search',
    'Thieves take 4,000 test kits from a city clinic',
    'By Jane Doe',
    'Some 4,000 test kits have gone missing from a city clinic, officials said on Tuesday, and police are investigating.',
    "The kits had been kept in an unlocked cupboard next to the clinic's lab, which any member of staff could open.",
    'RELATED STORIES',
    'Do home tests really work? It depends',
    'Test kit prices soar as shoppers stock up',
    'The clinic said the missing kits would not affect its patients, and police have asked the public for help.',
    'Twitter',
    'Facebook',
    'Contact us',
  ].join('\n')
  const r = readText(page)
  const paragraphs = paragraphsOf(r)
  assert.equal(paragraphs.length, 3, paragraphs.join('\n'))
  assert.ok(paragraphs[2]?.startsWith('The clinic said'))
  assert.ok(!r.text.includes('Test kit prices soar'))
})

test('a flattened page: the author named alone under the article, a promotion the page repeats dropped, the URL date over a teaser date', () => {
  const para = (s: string) =>
    `${s} The council said on Tuesday that the work would take two years and cost the city more than it had planned.`
  const promo = 'Get the whole story in our new app, and read it free for a month!'
  const page = [
    'url https://news.example.net/2024/03/12/city-council-approves-new-bridge/',
    'Skip to content',
    promo,
    'Home',
    'Local',
    'Politics',
    'City council approves new bridge over the river',
    para(
      'The city council voted to build a new bridge over the river after a debate of several hours.',
    ),
    para('Supporters said the bridge would shorten the commute of thousands of people every day.'),
    para(
      'Opponents said the money would be better spent on buses and on repairing the old bridge.',
    ),
    promo,
    'Laura Bennett',
    'Related stories',
    'Mayor opens new library in the old post office',
    'Published 2 March 2023',
    'Copyright 2024 Example News. All rights reserved.',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'City council approves new bridge over the river')
  assert.deepEqual(r.meta.authors, ['Laura Bennett'])
  // The teaser's date below the article is a year away from the URL's day: the URL's is taken.
  assert.equal(r.meta.documentDate, '2024-03-12')
  const paragraphs = paragraphsOf(r)
  assert.equal(paragraphs.length, 3, paragraphs.join('\n'))
  assert.ok(paragraphs[2]?.startsWith('Opponents said'))
  const reasons = new Map(r.removed.map((x) => [x.text, x.reason]))
  assert.equal(reasons.get('Laura Bennett'), 'byline')
  assert.equal(reasons.get(promo), 'boilerplate')
})

test('a byline opening with "Von" is read though its stop words make it look like prose', () => {
  const page = [
    'Menü',
    'Startseite',
    'Neue Brücke über den Fluss beschlossen',
    'Von Anna Keller am Dienstag, 12. März 2019 um 11:14 Uhr',
    'Der Stadtrat hat am Freitag nach langer Debatte beschlossen, eine neue Brücke über den Fluss zu bauen, wie die Stadt mitteilte.',
    'Die Arbeiten sollen im kommenden Jahr beginnen und zwei Jahre dauern, sagte der Bürgermeister nach der Sitzung.',
    'Impressum',
  ].join('\n')
  const r = readText(page)
  assert.deepEqual(r.meta.authors, ['Anna Keller'])
  assert.equal(r.meta.published, '2019-03-12T11:14')
  assert.equal(paragraphsOf(r).length, 2)
})

test('a plain-text page is given the language of its body', () => {
  const en = readText(
    'The government said on Monday that it would raise taxes on fuel next year to pay for new roads.',
  )
  assert.equal(en.meta.language, 'en')
  const de = readText(
    'Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windenergie beschlossen.',
  )
  assert.equal(de.meta.language, 'de')
  assert.equal(readText('').meta.language, null)
})

test('a reporter named with their place under the headline is the author; a topic name below the article is not', () => {
  const page = [
    'Finance ministers agree new rules on bank capital after long talks',
    'Deal ends months of wrangling over how much capital lenders must hold against their loans',
    'Maria Lindqvist in Stockholm',
    'Tue 4 Mar 2025 09.30 GMT',
    'Share',
    'European finance ministers agreed on Tuesday on new rules for how much capital banks must hold, ending months of wrangling between northern and southern member states.',
    'The Swedish finance minister, Erik Sandberg, said the agreement struck a fair balance between stability and growth, and that it would take effect next year.',
    'Critics said the rules had been watered down under pressure from the largest lenders, which had warned that tighter limits would choke lending to small firms.',
    'Erik Sandberg told reporters that further talks on a common deposit insurance scheme would begin in the spring.',
    'Explore more on these topics',
    'Banking',
    'Erik Sandberg',
    'Europe',
    'Share',
  ].join('\n')
  const r = readText(page)
  assert.deepEqual(r.meta.authors, ['Maria Lindqvist'])
  assert.equal(r.paragraphs.length, 4)
})

test('a flattened page: the topic list closes the article, a denser forum far below is another text', () => {
  const answer = (s: string) =>
    `${s} I asked my neighbour about it last week, and she said that the council had written to everyone in the street twice, but nobody had answered.`
  const teasers = Array.from({ length: 60 }, (_, i) => `Local team wins its game number ${i + 1}`)
  const page = [
    'url https://news.example.net/politics/council-delays-vote-on-bridge-plan-123.html',
    'Home',
    'Politics',
    'Council delays vote on bridge plan',
    '12 March 2024',
    'The city council postponed its vote on the new bridge on Tuesday, after members asked for a second study of its cost.',
    'The mayor said the delay would be short, and that the plan still had the support of most members.',
    'Explore more on these topics',
    'Bridge',
    'Council',
    ...teasers,
    'Latest questions',
    ...[
      'Why is my street never cleaned?',
      'Who pays for the new lights?',
      'Is the market open on Sundays?',
      'Where do I report a broken bench?',
      'When does the pool open?',
      'Who runs the library now?',
      'Why was the concert cancelled?',
      'Is there a new school bus?',
      'Can I recycle glass here?',
      'Where is the nearest clinic?',
    ].map(answer),
    'Contact us',
  ].join('\n')
  const r = readText(page)
  assert.equal(r.meta.title, 'Council delays vote on bridge plan')
  const paragraphs = paragraphsOf(r)
  assert.equal(paragraphs.length, 2, paragraphs.join('\n'))
  assert.ok(paragraphs[0]?.startsWith('The city council postponed'))
})

test('a byline with a picture credit after the name is the byline, not a caption', () => {
  const page = [
    'Trainer lobt junge Mannschaft nach dem Cupsieg',
    'von Anna Berger Foto: © GEPA',
    'Der Trainer hat seine junge Mannschaft nach dem Sieg im Cupfinale am Sonntag gelobt, die zuletzt oft verloren hatte.',
    'Die Spieler hätten in der zweiten Halbzeit gezeigt, was in ihnen stecke, sagte er nach dem Spiel in Wien.',
  ].join('\n')
  const r = readText(page)
  assert.deepEqual(r.meta.authors, ['Anna Berger'])
  assert.equal(r.captions.length, 0)
})

test("a flattened page: the author box's link to the author's other posts names the author", () => {
  const para = (s: string) =>
    `${s} The agency said on Monday that the change would apply to all new contracts from the spring.`
  const page = [
    'Skip to content',
    'Home',
    'Ratgeber',
    'Leasing or buying a company car: what pays off',
    para('Small firms weigh the cost of leasing against buying their vehicles outright.'),
    para('Leasing spreads the cost over several years and keeps cash in the business.'),
    para('Buying pays off when the car is driven for a long time and kept well.'),
    'Share this article',
    'Alles von Jonas Wehrle',
    'Contact us',
  ].join('\n')
  const r = readText(page)
  assert.deepEqual(r.meta.authors, ['Jonas Wehrle'])
  assert.equal(
    new Map(r.removed.map((x) => [x.text, x.reason])).get('Alles von Jonas Wehrle'),
    'author-box',
  )
})
