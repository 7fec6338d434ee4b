import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseDateline } from './dateline.js'

/** [paragraph opening, place, source] */
const DATELINES: readonly [string, string | null, string | null][] = [
  ['KYIV (Reuters) — Russia launched a large drone attack on Kyiv overnight.', 'Kyiv', 'Reuters'],
  [
    'WASHINGTON (AP) — President Joe Biden said on Thursday that he would meet Trump.',
    'Washington',
    'AP',
  ],
  ['BEIJING -- China on Friday said it opposes ballistic missile launches.', 'Beijing', null],
  [
    'SAN JOSE, Costa Rica — Costa Rican investigators said Monday that strong winds caused the crash.',
    'San Jose, Costa Rica',
    null,
  ],
  [
    'LAKE FOREST, Ill. — Chicago Bears fire coach John Fox after 5-11 season.',
    'Lake Forest, Ill.',
    null,
  ],
  [
    'PARIS — A Bastille Day fireworks celebration was shattered by death and mayhem.',
    'Paris',
    null,
  ],
  [
    '(CNN) In a major show of defiance to the international community, North Korea fired a missile.',
    null,
    'CNN',
  ],
  [
    'Berlin (dpa) - Die Bundesregierung will die Hilfe für die Ukraine fortsetzen.',
    'Berlin',
    'dpa',
  ],
]

const NOT_DATELINES: readonly string[] = [
  'THE second largest credit rating firm in the UK has admitted a data breach.',
  'President Volodymyr Zelensky held a phone call with President-elect Donald Trump.',
  'U.S. - China trade talks resumed on Monday in Geneva.',
]

for (const [line, place, source] of DATELINES) {
  test(`dateline: ${line.slice(0, 60)}`, () => {
    const d = parseDateline(line)
    assert.ok(d, 'read as a dateline')
    assert.equal(d.place, place)
    assert.equal(d.source, source)
    assert.ok(d.length > 0 && d.length < line.length)
  })
}

for (const line of NOT_DATELINES) {
  test(`not a dateline: ${line}`, () => assert.equal(parseDateline(line), null))
}
