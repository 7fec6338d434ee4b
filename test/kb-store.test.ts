/**
 * The store's contract suite, run against SQLite and against PostgreSQL (a fresh schema per run,
 * dropped after). PostgreSQL tests skip with a message when the server is unreachable.
 */
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import pg from 'pg'
import { spanProblems } from '../src/core/invariants.js'
import type { DocumentJSON } from '../src/core/schema.js'
import { withDefaultUser } from '../src/kb/connect.js'
import { exportStore } from '../src/kb/export.js'
import { openStore, type Store } from '../src/kb/store.js'
import { storyFeatures } from '../src/kb/stories.js'
import { makeDoc, TEST_PG } from './kb-fixtures.js'

const extracted = (doc: DocumentJSON) => ({ doc, features: storyFeatures(doc) })

// Articles written for these tests.
const ZELENSKY_1 = makeDoc({
  title: 'Zelensky meets Biden in Washington',
  body: 'President Volodymyr Zelensky met Joe Biden at the White House on Tuesday. "We need air defence now," Zelensky said. Biden promised more aid for Ukraine.',
  date: '2024-11-05',
  site: 'example-news.com',
  entities: [
    {
      name: 'Volodymyr Zelensky',
      forms: ['Volodymyr Zelensky', 'Zelensky'],
      roles: [{ title: 'President', of: 'Ukraine' }],
    },
    { name: 'Joe Biden', forms: ['Joe Biden', 'Biden'] },
    { name: 'Ukraine', type: 'LOC' },
  ],
  quotes: [{ text: 'We need air defence now,', speaker: 0, channel: 'press conference' }],
  events: [
    {
      category: 'CONSULT',
      trigger: 'met',
      actor: 0,
      recipient: 1,
      date: '2024-11-05',
      mode: 'visit',
      intensity: 1,
    },
    {
      category: 'AID',
      trigger: 'promised',
      actor: 1,
      recipient: 2,
      date: '2024-11-05',
      status: 'planned',
    },
  ],
})
const ZELENSKY_2 = makeDoc({
  title: 'Zelenskyy and Biden hold talks at the White House',
  body: 'Ukrainian President Volodymyr Zelenskyy held talks with Joe Biden in Washington. Zelenskyy said on Telegram: "The meeting was productive."',
  date: '2024-11-06',
  site: 'other-wire.org',
  entities: [
    {
      name: 'Volodymyr Zelenskyy',
      forms: ['Volodymyr Zelenskyy', 'Zelenskyy'],
      roles: [{ title: 'President', of: 'Ukraine' }],
    },
    { name: 'Joe Biden' },
  ],
  quotes: [{ text: 'The meeting was productive.', speaker: 0, channel: 'Telegram' }],
  events: [
    {
      category: 'CONSULT',
      trigger: 'held talks',
      actor: 0,
      recipient: 1,
      date: '2024-11-05',
      mode: 'visit',
      intensity: 1,
    },
  ],
})
const ZELENSKY_3 = makeDoc({
  title: 'Zelenskiy addresses the nation',
  body: 'In his evening address, Zelenskiy thanked allies for new air defence systems. Zelenskiy criticised Russia for the strikes.',
  date: '2024-12-01',
  entities: [{ name: 'Zelenskiy' }, { name: 'Russia', type: 'LOC' }],
  events: [
    { category: 'DISAPPROVE', trigger: 'criticised', actor: 0, recipient: 1, date: '2024-12-01' },
  ],
})
const TRUMPS = makeDoc({
  title: 'Donald Trump and Ivanka Trump visit Ohio',
  body: 'Donald Trump spoke at a rally in Ohio while Ivanka Trump visited a factory in Dayton. The campaign said both events drew large crowds.',
  date: '2016-09-10',
  entities: [
    { name: 'Donald Trump', roles: [{ title: 'candidate', of: null }] },
    { name: 'Ivanka Trump' },
  ],
})
const TRUMP_SURNAME = makeDoc({
  title: 'Trump campaign buys ads',
  body: 'The Trump campaign bought television advertising in Florida. Trump was not available for comment.',
  date: '2016-09-12',
  entities: [{ name: 'Trump' }],
})
const FARM = makeDoc({
  title: 'Dairy farmers protest milk prices in Brussels',
  body: 'Thousands of dairy farmers drove tractors into Brussels to protest falling milk prices. Farmers sprayed milk at police lines near the European Parliament.',
  date: '2009-10-05',
  site: 'example-news.com',
})
const FARM_REWRITE = makeDoc({
  title: 'Farmers spray milk at police in Brussels protest',
  body: 'Dairy farmers angry at falling milk prices drove hundreds of tractors into Brussels. Protesting farmers sprayed milk at police near the European Parliament.',
  date: '2009-10-06',
  site: 'other-wire.org',
})

// FARM's protest, told with an actor that is no entity; and another story's protesters.
const FARM_PROTEST = makeDoc({
  title: 'Milk protest blocks Brussels traffic',
  body: 'Protesters from dairy farms demonstrated in Brussels against falling milk prices, blocking traffic near the European Parliament with tractors.',
  date: '2009-10-05',
  events: [
    {
      category: 'PROTEST',
      trigger: 'demonstrated',
      actor: null,
      actorText: 'Protesters',
      date: '2009-10-05',
    },
  ],
})
const OTHER_PROTEST = makeDoc({
  title: 'Strike closes ports in Chile',
  body: 'Protesters demonstrated in Valparaiso as dock workers closed the ports of Chile over pension reform.',
  date: '2009-10-05',
  events: [
    {
      category: 'PROTEST',
      trigger: 'demonstrated',
      actor: null,
      actorText: 'Protesters',
      date: '2009-10-05',
    },
  ],
})

// Dates of other granularities: a week sorts by the days it covers, not as a string.
const WEEKS = makeDoc({
  title: 'Serbia and Kosovo: a season of talks',
  body: 'Aleksandar Vucic met Albin Kurti in Brussels in late September. Vucic accused Kurti of stalling in November.',
  date: '2024-11-20',
  entities: [
    { name: 'Aleksandar Vucic', forms: ['Aleksandar Vucic', 'Vucic'] },
    { name: 'Albin Kurti', forms: ['Albin Kurti', 'Kurti'] },
  ],
  events: [
    { category: 'ACCUSE', trigger: 'accused', actor: 0, recipient: 1, date: '2024-11' },
    { category: 'CONSULT', trigger: 'met', actor: 0, recipient: 1, date: '2024-W39' },
  ],
})

// One meeting announced, then reported held: the merged event is told as it happened.
const MEETING_PLANNED = makeDoc({
  title: 'Aliyev and Pashinyan to meet in Prague',
  body: 'Ilham Aliyev will meet Nikol Pashinyan in Prague on Aug. 10.',
  date: '2024-08-01',
  entities: [
    { name: 'Ilham Aliyev', forms: ['Ilham Aliyev'] },
    { name: 'Nikol Pashinyan', forms: ['Nikol Pashinyan'] },
  ],
  events: [
    {
      category: 'CONSULT',
      trigger: 'meet',
      actor: 0,
      recipient: 1,
      date: '2024-08-10',
      status: 'planned',
    },
  ],
})

const MEETING_HELD = makeDoc({
  title: 'Aliyev and Pashinyan meet in Prague',
  body: 'Ilham Aliyev met Nikol Pashinyan in Prague on Saturday.',
  date: '2024-08-11',
  entities: [
    { name: 'Ilham Aliyev', forms: ['Ilham Aliyev'] },
    { name: 'Nikol Pashinyan', forms: ['Nikol Pashinyan'] },
  ],
  events: [{ category: 'CONSULT', trigger: 'met', actor: 0, recipient: 1, date: '2024-08-10' }],
})

const ALL = [
  WEEKS,
  ZELENSKY_1,
  ZELENSKY_2,
  ZELENSKY_3,
  TRUMPS,
  TRUMP_SURNAME,
  FARM,
  FARM_REWRITE,
  FARM_PROTEST,
  OTHER_PROTEST,
  MEETING_PLANNED,
  MEETING_HELD,
]

function contract(name: string, open: () => Promise<Store>, skip: string | false) {
  describe(`store contract: ${name}`, { skip }, () => {
    let store: Store
    before(async () => {
      store = await open()
      await store.writeBatch(ALL.map(extracted), [
        { id: 'bad1', source: 'broken.html', code: 'input/binary', reason: 'binary file' },
      ])
    })
    after(async () => {
      await store?.close()
    })

    test('fixtures are valid Documents', () => {
      for (const d of ALL) assert.deepEqual(spanProblems(d), [], d.meta.title ?? '')
    })

    test('counts, and writing the same documents again changes nothing', async () => {
      const counts = await store.counts()
      assert.equal(counts.documents, ALL.length)
      assert.equal(counts.failures, 1)
      const before = await store.dump()
      const added = await store.writeBatch(ALL.map(extracted), [
        { id: 'bad1', source: 'broken.html', code: 'input/binary', reason: 'binary file' },
      ])
      assert.equal(added, 0)
      assert.equal(await store.dump(), before)
      const known = await store.knownIds([ZELENSKY_1.id, 'bad1', 'nope'])
      assert.deepEqual([...known].sort(), [ZELENSKY_1.id, 'bad1'].sort())
    })

    test('a stored Document comes back exactly as written', async () => {
      assert.deepEqual(await store.document(ZELENSKY_2.id), ZELENSKY_2)
      assert.equal(await store.document('missing'), null)
    })

    test('search ranks matching documents and filters by date, site and entity', async () => {
      const hits = await store.search({ query: 'milk prices' })
      assert.deepEqual(
        hits.map((h) => h.id).sort(),
        [FARM.id, FARM_REWRITE.id, FARM_PROTEST.id].sort(),
      )
      assert.ok(hits.every((h) => h.snippet.toLowerCase().includes('milk')))
      const dated = await store.search({ query: 'milk', from: '2009-10-06' })
      assert.deepEqual(
        dated.map((h) => h.id),
        [FARM_REWRITE.id],
      )
      const site = await store.search({ query: 'milk', site: 'example-news.com' })
      assert.deepEqual(
        site.map((h) => h.id),
        [FARM.id],
      )
      const byEntity = await store.search({ query: 'Washington', entity: 'Zelenskiy' })
      assert.deepEqual(byEntity.map((h) => h.id).sort(), [ZELENSKY_1.id, ZELENSKY_2.id].sort())
      assert.deepEqual(await store.search({ query: 'milk', entity: 'Nobody Known' }), [])
      // Query syntax never reaches the engine raw.
      assert.deepEqual(
        await store.search({ query: 'milk" (prices*' }),
        await store.search({ query: 'milk prices' }),
      )
    })

    test('entity resolution: transliteration variants and surname-only mentions meet', async () => {
      const ids = await store.entityIds('Volodymyr Zelensky')
      assert.ok(ids.length >= 1)
      assert.deepEqual(await store.entityIds('Zelenskyy'), ids)
      assert.deepEqual(await store.entityIds('Volodymyr Zelenskiy'), ids)
      const people = await store.entities({ type: 'PERSON' })
      const z = people.filter((p) => /zelensk/i.test(p.name))
      assert.equal(z.length, 1, JSON.stringify(people))
      assert.equal(z[0]?.documents, 3)
    })

    test('entity resolution: people who share a surname are not merged without evidence', async () => {
      const people = await store.entities({ type: 'PERSON' })
      const trumps = people
        .filter((p) => /trump/i.test(p.name))
        .map((p) => p.name)
        .sort()
      assert.deepEqual(trumps, ['Donald Trump', 'Ivanka Trump', 'Trump'])
    })

    test('events told by several articles merge into one with its sources', async () => {
      const t = await store.timeline({ actor: 'Zelensky' })
      assert.deepEqual(
        t.map((e) => [e.date, e.category, e.sources]),
        [
          ['2024-11-05', 'CONSULT', 2],
          ['2024-12-01', 'DISAPPROVE', 1],
        ],
      )
      const first = t[0]
      assert.deepEqual([...(first?.documents ?? [])].sort(), [ZELENSKY_1.id, ZELENSKY_2.id].sort())
      assert.equal(first?.actor, 'Volodymyr Zelensky')
      assert.equal(first?.recipient, 'Joe Biden')
      assert.equal(first?.mode, 'visit')
      assert.ok(first?.sentences.every((s) => Number.isInteger(s.sentence)))
      const pair = await store.timeline({ actor: 'Biden', with: 'Zelenskyy' })
      assert.deepEqual(
        pair.map((e) => e.category),
        ['CONSULT'],
      )
      const ranged = await store.timeline({ actor: 'Zelensky', from: '2024-11-10' })
      assert.deepEqual(
        ranged.map((e) => e.category),
        ['DISAPPROVE'],
      )
    })

    test('a merged event reported planned, then held, is told as it happened', async () => {
      const t = await store.timeline({ actor: 'Aliyev' })
      assert.deepEqual(
        t.map((e) => [e.date, e.category, e.status, e.sources]),
        [['2024-08-10', 'CONSULT', 'happened', 2]],
      )
    })

    test('timelines order and filter dates by the days they cover (weeks, months)', async () => {
      const t = await store.timeline({ actor: 'Vucic', with: 'Kurti' })
      assert.deepEqual(
        t.map((e) => e.date),
        ['2024-W39', '2024-11'],
      )
      // week 39 of 2024 is 23–29 September: it meets a range that starts on the 28th
      const late = await store.timeline({ actor: 'Vucic', from: '2024-09-28', to: '2024-10-31' })
      assert.deepEqual(
        late.map((e) => e.date),
        ['2024-W39'],
      )
    })

    test('timelines page with a cursor: the events after a given one, in order', async () => {
      const first = await store.timeline({ actor: 'Zelensky', limit: 1 })
      assert.deepEqual(
        first.map((e) => e.category),
        ['CONSULT'],
      )
      const second = await store.timeline({ actor: 'Zelensky', limit: 1, after: first[0]?.id })
      assert.deepEqual(
        second.map((e) => e.category),
        ['DISAPPROVE'],
      )
      assert.deepEqual(await store.timeline({ actor: 'Zelensky', after: second[0]?.id }), [])
      const weeks = await store.timeline({ actor: 'Vucic', with: 'Kurti', limit: 1 })
      const rest = await store.timeline({ actor: 'Vucic', with: 'Kurti', after: weeks[0]?.id })
      assert.deepEqual(
        [...weeks, ...rest].map((e) => e.date),
        ['2024-W39', '2024-11'],
      )
      assert.deepEqual(await store.timeline({ actor: 'Zelensky', after: 'no such event' }), [])
    })

    test('sentences of several documents in one read, with their titles and dates', async () => {
      const rows = await store.sentences([
        { document: ZELENSKY_1.id, sentence: 2 },
        { document: ZELENSKY_1.id, sentence: 0 },
        { document: 'no such document', sentence: 0 },
      ])
      assert.deepEqual(rows, [
        {
          document: ZELENSKY_1.id,
          sentence: 2,
          title: 'Zelensky meets Biden in Washington',
          date: '2024-11-05',
          text: '"We need air defence now," Zelensky said.',
        },
        {
          document: ZELENSKY_1.id,
          sentence: 0,
          title: 'Zelensky meets Biden in Washington',
          date: '2024-11-05',
          text: 'Zelensky meets Biden in Washington',
        },
        { document: 'no such document', sentence: 0, title: null, date: null, text: '' },
      ])
    })

    test('actors that are no entity: timelines by text, merged only within one story', async () => {
      const t = await store.timeline({ actor: 'protesters' })
      assert.equal(t.length, 2, JSON.stringify(t))
      assert.deepEqual(
        t.map((e) => e.documents[0]).sort(),
        [FARM_PROTEST.id, OTHER_PROTEST.id].sort(),
      )
      assert.ok(
        t.every((e) => e.category === 'PROTEST' && e.sources === 1 && e.actor === 'Protesters'),
      )
      const stories = await store.stories()
      const of = (id: string) => stories.find((x) => x.documents.includes(id))?.story
      assert.equal(of(FARM_PROTEST.id), of(FARM.id))
      assert.notEqual(of(OTHER_PROTEST.id), of(FARM.id))
    })

    test('quotes by speaker and channel', async () => {
      const all = await store.quotes({ speaker: 'Zelensky' })
      assert.deepEqual(
        all.map((q) => q.text),
        ['We need air defence now,', 'The meeting was productive.'],
      )
      assert.equal(all[0]?.speaker, 'Volodymyr Zelensky')
      const tg = await store.quotes({ channel: 'telegram' })
      assert.deepEqual(
        tg.map((q) => q.document),
        [ZELENSKY_2.id],
      )
      const q = await store.quotes({ query: 'air defence' })
      assert.deepEqual(
        q.map((x) => x.document),
        [ZELENSKY_1.id],
      )
      const about = await store.quotes({ speaker: 'Zelensky', about: 'Biden' })
      assert.equal(about.length, 2)
    })

    test('stories: a rewrite joins its story; other events stay apart', async () => {
      const stories = await store.stories()
      const of = (id: string) => stories.find((s) => s.documents.includes(id))?.story
      assert.equal(of(FARM.id), of(FARM_REWRITE.id))
      assert.notEqual(of(FARM.id), of(ZELENSKY_1.id))
      assert.notEqual(of(FARM.id), of(TRUMPS.id))
      const total = stories.reduce((n, s) => n + s.documents.length, 0)
      assert.equal(total, ALL.length)
    })

    test('exports: JSONL Documents, events TSV, PLOVER records', async () => {
      const lines: string[] = []
      const write = async (l: string) => {
        lines.push(l)
      }
      assert.equal(await exportStore(store, 'jsonl', write), ALL.length)
      assert.deepEqual(JSON.parse(lines[0] as string), ALL[0])
      lines.length = 0
      const events = await exportStore(store, 'events-tsv', write)
      // 8 merged events: the CONSULT told twice and the Prague meeting told twice count once each
      assert.equal(events, 8)
      const header = (lines[0] as string).trimEnd().split('\t')
      assert.equal(header[0], 'GLOBALEVENTID')
      const rows = lines.slice(1).map((l) => l.trimEnd().split('\t'))
      assert.ok(rows.every((r) => r.length === header.length))
      const consult = rows.find((r) => r[5] === 'CONSULT' && r[1] !== '')
      assert.equal(consult?.[1], '20241105')
      assert.equal(consult?.[9], '2')
      // a week has no GDELT day; its TIMEX3 value is in EventDate
      const week = rows.find((r) => r.at(-1) === '2024-W39')
      assert.equal(week?.[1], '')
      lines.length = 0
      await exportStore(store, 'plover-json', write)
      const records = lines.map((l) => JSON.parse(l))
      const r = records.find((x) => x.event === 'CONSULT')
      assert.deepEqual(r.source, [{ actorText: 'Volodymyr Zelensky' }])
      assert.match(r.text, /met Joe Biden/)
    })
  })
}

const tmp = mkdtempSync(join(tmpdir(), 'chronicle-kb-'))
after(() => rmSync(tmp, { recursive: true, force: true }))
contract('sqlite', () => openStore(join(tmp, 'contract.db')), false)

async function pgReachable(): Promise<string | false> {
  const client = new pg.Client({
    connectionString: withDefaultUser(TEST_PG),
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    await client.query('select 1')
    return false
  } catch (error) {
    return `PostgreSQL unreachable at ${TEST_PG} (${error instanceof Error ? error.message || error.name : String(error)}): set CHRONICLE_TEST_PG to run the PostgreSQL contract tests`
  } finally {
    await client.end().catch(() => undefined)
  }
}

const pgSkip = await pgReachable()
const schema = `chronicle_test_${randomBytes(6).toString('hex')}`
contract('postgres', () => openStore(TEST_PG, { schema }), pgSkip)
if (!pgSkip) {
  after(async () => {
    const client = new pg.Client({ connectionString: withDefaultUser(TEST_PG) })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.end()
  })
}
