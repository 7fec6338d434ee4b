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
  ['HANOI -- Vietnam on Thursday said it rejects the new fishing quotas.', 'Hanoi', null],
  [
    'SANTA CRUZ, Bolivia — Bolivian engineers said Tuesday that heavy rain caused the collapse.',
    'Santa Cruz, Bolivia',
    null,
  ],
  [
    'GREEN BAY, Wis. — Packers part ways with coach Tom Rudd after 4-13 season.',
    'Green Bay, Wis.',
    null,
  ],
  ['LYON — A festival of lights was cut short by a violent storm on Saturday.', 'Lyon', null],
  [
    '(CNN) In a sharp rebuke to its neighbours, the island nation expelled two diplomats.',
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
  'THE third biggest water company in the region has admitted a pollution offence.',
  'Prime Minister Anna Lindqvist held a video call with Chancellor-elect Paul Brenner.',
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
