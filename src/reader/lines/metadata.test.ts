import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allPostsBy, copyrightHolder, urlDate } from './metadata.js'

test('a publication date in a URL path', () => {
  assert.equal(urlDate('https://quietcode.example/blog/2021/06/14/fast-csv-parsing/'), '2021-06-14')
  assert.equal(
    urlDate('https://www.gartenrat.ch/2017-09-22/wann-ist-die-beste-pflanzzeit/'),
    '2017-09-22',
  )
  assert.equal(urlDate('https://www.example.de/2021/37/wohnungsbau-zinsen'), null)
  assert.equal(urlDate(null), null)
})

/** [copyright line, the person it names or null] */
const COPYRIGHTS: readonly [string, string | null][] = [
  ['© 2019 Sven Hartmann', 'Sven Hartmann'],
  ['(c) Johanna Wolff • Weitere Rechte siehe Impressum', 'Johanna Wolff'],
  ['©2020 - Bernd Sager - RENT A CAR®', 'Bernd Sager'],
  ['© 2009-2012 Jonas Kraus. Impressum & Datenschutz', 'Jonas Kraus'],
  ['© Telebasel', null],
  ['Copyright © 2020 Die Zeit. Alle Rechte vorbehalten', null],
  ['© 2024 Mediengruppe RTL Deutschland', null],
  ['© Getty Images', null],
  ['© 2019 Synium Software GmbH', null],
  ['© Hessischer Rundfunk', null],
  ['Copyright 2023 Acme Media', null],
  ['© 2021 Maria Keller', 'Maria Keller'],
]

for (const [line, holder] of COPYRIGHTS) {
  test(`copyright holder: ${line}`, () => assert.equal(copyrightHolder(line), holder))
}

test("an author box's link to the author's other posts names the author", () => {
  assert.equal(allPostsBy('View all posts by Greta Holmqvist'), 'Greta Holmqvist')
  assert.equal(allPostsBy('Alles von Jonas Wehrle'), 'Jonas Wehrle')
  assert.equal(allPostsBy('Mehr Artikel von Jonas Wehrle →'), 'Jonas Wehrle')
  // Not a person: the site itself, a pronoun, a topic.
  assert.equal(allPostsBy('Mehr von uns'), null)
  assert.equal(allPostsBy('More from the newsroom'), null)
  assert.equal(allPostsBy('All of Audio'), null)
})
