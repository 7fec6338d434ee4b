import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAffiliation, parseByline } from './byline.js'
import { isoOf } from './dates.js'

/** [outlet, line, authors, published (ISO) or null, reading time or null] */
const BYLINES: readonly [string, string, string[], string | null, number | null][] = [
  [
    'Kyiv Independent',
    'by Olena Marchuk March 3, 2023 4:27 PM 3 min read',
    ['Olena Marchuk'],
    '2023-03-03T16:27',
    3,
  ],
  [
    'CNN',
    'By Kevin Liptak and Arlette Saenz | Updated 3:45 PM EST, Tue November 5, 2024',
    ['Kevin Liptak', 'Arlette Saenz'],
    '2024-11-05T15:45-05:00',
    null,
  ],
  ['CNN', 'Updated 3:45 PM EST, Tue November 5, 2024', [], '2024-11-05T15:45-05:00', null],
  [
    'CNN',
    'Published 8:02 AM EST, Tue November 5, 2024 Updated 3:45 PM EST, Tue November 5, 2024',
    [],
    '2024-11-05T08:02-05:00',
    null,
  ],
  ['Reuters', 'By Tom Balmforth, Reuters', ['Tom Balmforth'], null, null],
  [
    'a youth association',
    '05.02.2020 - Redaktion: Martin Keller (Pressesprecher des Verbands)',
    ['Martin Keller'],
    '2020-02-05',
    null,
  ],
  ['a regional paper', 'Von Anna Berg (Redakteurin)', ['Anna Berg'], null, null],
  // A picture's credit after the author's name is not a second author.
  ['sports site', 'von Anna Berger Foto: © GEPA', ['Anna Berger'], null, null],
  ['magazine', 'Text von Jan Roth Illustration von Lea Kurz', ['Jan Roth'], null, null],
  ['newspaper', 'By Jane Doe, Photos by John Smith', ['Jane Doe'], null, null],
  // A flattened page glues the year to the time and the zone to the next word.
  ['Reuters', 'March 12, 20253:41 PM UTCUpdated 2 hours ago', [], '2025-03-12T15:41+00:00', null],
  [
    'forum',
    'Geschrieben von Meier am 14.03.2016 21:40 (872 x gelesen)',
    ['Meier'],
    '2016-03-14T21:40',
    null,
  ],
  ['blog', 'Erstellt von Jonas am Dienstag 6. Mai 2014', ['Jonas'], '2014-05-06', null],
  ['blog', '12. März 202012. März 2020 von Petra Lindner', ['Petra Lindner'], '2020-03-12', null],
  ['blog', '3. Mai 2021 · by Solveig · in Gedanken', ['Solveig'], '2021-05-03', null],
  ['magazine', 'durch Lena Hoffmann', ['Lena Hoffmann'], null, null],
  ['association', '05.02.2020 - Redaktion: Jan Becker', ['Jan Becker'], '2020-02-05', null],
  ['party', '12.03.2021 | Harald Brunner Autor', ['Harald Brunner'], '2021-03-12', null],
  [
    'magazine',
    'Von Sofia.DeAngelis am Dienstag, 12. März 2019 um 11:14 Uhr',
    ['Sofia.DeAngelis'],
    '2019-03-12T11:14',
    null,
  ],
  [
    'AP',
    'Zeke Miller and Colleen Long, Associated Press',
    ['Zeke Miller', 'Colleen Long'],
    null,
    null,
  ],
  ['China Daily', 'Xinhua | Updated: 2018-04-23 09:05', [], '2018-04-23T09:05', null],
  ['Guardian', 'By Andrew Roth in Moscow', ['Andrew Roth'], null, null],
  ['Guardian', 'Wed 6 Nov 2024 09.47 GMT', [], '2024-11-06T09:47+00:00', null],
  ['Al Jazeera', 'Published On 6 Nov 2024', [], '2024-11-06', null],
  ['Al Jazeera', 'By Al Jazeera Staff', [], null, null],
  [
    'Politico',
    'By Jonathan Lemire, Alex Isenstadt and Natalie Allison | 11/06/2024 05:00 AM EST',
    ['Jonathan Lemire', 'Alex Isenstadt', 'Natalie Allison'],
    '2024-11-06T05:00-05:00',
    null,
  ],
  ['Fox News', 'By Brooke Singman Fox News', ['Brooke Singman'], null, null],
  ['Fox News', 'Published November 6, 2024 5:00am EST', [], '2024-11-06T05:00-05:00', null],
  [
    'Bloomberg',
    'By Jennifer Jacobs and Josh Wingrove | Bloomberg November 6, 2024 at 4:52 AM EST',
    ['Jennifer Jacobs', 'Josh Wingrove'],
    '2024-11-06T04:52-05:00',
    null,
  ],
  ['NYT', 'By Peter Baker and Katie Rogers', ['Peter Baker', 'Katie Rogers'], null, null],
  // After a full name, one word or a name with an acronym is the employer or the place.
  [
    'company blog',
    'Posted by Dana Whitfield, ACME Product Marketing, Initech',
    ['Dana Whitfield'],
    null,
    null,
  ],
  [
    'newspaper',
    'Jane Ross, London, Tom Hale 07.03.2020, 21:12 Uhr',
    ['Jane Ross', 'Tom Hale'],
    '2020-03-07T21:12',
    null,
  ],
  ['magazine', 'Interview: Julia Brandt', ['Julia Brandt'], null, null],
  ['association', 'Autoren Jan Becker und Eva Roth', ['Jan Becker', 'Eva Roth'], null, null],
  ['fishing magazine', 'Text & Fotos: Ivo Berger', ['Ivo Berger'], null, null],
  ['blog footer', '– 2009-2020 by Florian Weber', ['Florian Weber'], null, null],
  ['NYT', 'Nov. 6, 2024, 5:02 a.m. ET', [], '2024-11-06T05:02', null],
  ['BBC', 'Paul Kirby, BBC News', ['Paul Kirby'], null, null],
  ['BBC', '6 November 2024', [], '2024-11-06', null],
  ['tagesschau', 'Stand: 06.11.2024 14:32 Uhr', [], '2024-11-06T14:32', null],
  ['DW', 'Von Roman Goncharenko 06.11.2024', ['Roman Goncharenko'], '2024-11-06', null],
  [
    'Le Monde',
    'Publié le 06 novembre 2024 à 10h15, modifié le 06 novembre 2024 à 12h30',
    [],
    '2024-11-06T10:15',
    null,
  ],
  ['France 24', 'Issued on: 06/11/2024 - 10:15', [], '2024-11-06T10:15', null],
  [
    'Brazilian daily',
    'postado em 06/11/2024 10:15 / atualizado em 06/11/2024 12:30',
    [],
    '2024-11-06T10:15',
    null,
  ],
  ['Spiegel', '06.11.2024, 14.32 Uhr', [], '2024-11-06T14:32', null],
  ['Medium', 'Jane Smith · 5 min read · Nov 6, 2024', ['Jane Smith'], '2024-11-06', 5],
  ['blog', 'Reading time: 4 minutes', [], null, 4],
  ['Zeit', '4 Min. Lesezeit', [], null, 4],
  ['El País', 'Por María Martín', ['María Martín'], null, null],
  ['El País', 'Madrid - 06 nov 2024 - 10:15 CET', [], '2024-11-06T10:15+01:00', null],
  ['CNN', 'By Jane Doe, CNN Business', ['Jane Doe'], null, null],
  ['BBC', 'By Jack White, BBC Sport', ['Jack White'], null, null],
  ['AP', 'By Jane Doe and John Roe, The Associated Press', ['Jane Doe', 'John Roe'], null, null],
  ['Reuters', 'March 4, 2020 / 7:12 AM / Updated 2 hours ago', [], '2020-03-04T07:12', null],
  // a flattened page glues the year to the time and the zone to "Updated"
  ['Reuters', 'June 21, 20245:42 PM GMT+2Updated 3 hours ago', [], '2024-06-21T17:42+02:00', null],
  ['Gazeta do Povo', 'PorRodolfo Costa', ['Rodolfo Costa'], null, null],
  ['blog', 'Harald Bauer Autor', ['Harald Bauer'], null, null],
  ['news site', 'Jane Doe Senior Reporter', ['Jane Doe'], null, null],
  ['Spiegel', 'Vor 2 Stunden | Von Anna Weber', ['Anna Weber'], null, null],
  ['Forbes', 'By Jane Doe, Contributor', ['Jane Doe'], null, null],
  ['MSN', 'Story by Jane Doe • 2h', ['Jane Doe'], null, null],
]

/** Lines that are not bylines (a name alone is not enough without a "By", a date or an outlet). */
const NOT_BYLINES: readonly string[] = [
  'Roman Goncharenko',
  'Trump wins the 2024 election',
  'By the end of that week, the talks had collapsed.',
  'On November 5, 2024, voters went to the polls across the country.',
  'Lindqvist holds call with Brenner to congratulate him on his party win',
  'The crash happened early Sunday on the Elbe near the eastern German town of Pirna.',
  'Bypass Road',
  'Political Correspondent',
  'Jack White',
  'Jane Doe and John Roe',
]

for (const [outlet, line, authors, published, minutes] of BYLINES) {
  test(`byline (${outlet}): ${line}`, () => {
    const b = parseByline(line)
    assert.ok(b, 'read as a byline')
    assert.deepEqual(b.authors, authors)
    assert.equal(b.date === null ? null : isoOf(b.date), published)
    assert.equal(b.readingTimeMinutes, minutes)
  })
}

for (const line of NOT_BYLINES) {
  test(`not a byline: ${line}`, () => assert.equal(parseByline(line), null))
}

test('isAffiliation: the outlet, desk, job or place under an author name', () => {
  for (const line of [
    'BBC News, Carlisle',
    'Political correspondent, BBC News',
    'Diplomatic editor',
    'Reuters, Lagos',
    'Redaktion Wohnen.de',
    'Rédaction, Lyon',
    'j.berger@example-news.com',
  ])
    assert.ok(isAffiliation(line), line)
  for (const line of [
    'Carlisle',
    'Floods in Carlisle',
    'Harbour Road, Carlisle',
    'Home, News',
    'Redaktionsschluss ist am Freitag',
    'Write to us at',
  ])
    assert.ok(!isAffiliation(line), line)
})
