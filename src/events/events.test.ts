import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDoc, type Doc, layer, withLayers } from '../core/doc.js'
import { spanProblems } from '../core/invariants.js'
import { createPipeline, type Stage } from '../core/pipeline.js'
import type { Event, Timex } from '../core/schema.js'
import { toDocumentJSON } from '../core/serialize.js'
import { defaultStages } from '../extract.js'
import { events } from './events.js'

/** The default stages with the events stage last (added when the default pipeline lacks it). */
function stages(): Stage[] {
  const list = defaultStages().filter((s) => !s.provides.includes('events'))
  return [...list, events()]
}

const pipeline = createPipeline(stages())

function run(text: string, date = '2024-03-14'): Doc {
  return pipeline.run(
    createDoc(
      't',
      {
        id: null,
        path: null,
        url: null,
        format: 'text',
        content: text,
        date,
        title: null,
        bodyOnly: true,
      },
      [],
    ),
  )
}

function first(text: string): Event | undefined {
  return layer(run(text), 'events')[0]
}

// One real-world-style news sentence per row: category, mode, a word of the actor and of the recipient.
const CATEGORIES: [string, string, string | null, string | null, string | null][] = [
  // a warning of force threatens
  [
    'Trump warned that Iran would face bombing if it did not agree to a deal.',
    'THREATEN',
    null,
    'Trump',
    null,
  ],
  // insisting on something demands it
  ['Iran insisted on a full lifting of sanctions.', 'REQUEST', null, 'Iran', null],
  // a ban on trade is an embargo
  [
    'The EU imposed a ban on imports of Russian coal in 2022.',
    'SANCTION',
    'discontinue',
    'EU',
    null,
  ],
  [
    'Germany phased out imports of Russian gas last year.',
    'SANCTION',
    'discontinue',
    'Germany',
    null,
  ],
  [
    'Japan and South Korea agreed on Monday to resume security talks.',
    'AGREE',
    null,
    'Japan',
    null,
  ],
  ['The two leaders reached an agreement on grain exports.', 'AGREE', null, 'leaders', null],
  ['Macron held talks with Scholz in Berlin on Tuesday.', 'CONSULT', null, 'Macron', 'Scholz'],
  ['Biden spoke with Netanyahu by phone on Sunday.', 'CONSULT', null, 'Biden', 'Netanyahu'],
  ['Erdogan held a phone call with Putin on Friday.', 'CONSULT', 'phone', 'Erdogan', 'Putin'],
  ['The Indian prime minister visited Moscow last week.', 'CONSULT', 'visit', 'minister', 'Moscow'],
  [
    'The German chancellor praised Poland for its support of refugees.',
    'SUPPORT',
    null,
    'chancellor',
    'Poland',
  ],
  ['Sunak congratulated Starmer on his victory.', 'SUPPORT', null, 'Sunak', 'Starmer'],
  ['Kenya and Ethiopia signed a border security pact on Thursday.', 'SUPPORT', null, 'Kenya', null],
  ['Ankara lifted the travel restrictions on Syrian traders.', 'CONCEDE', null, 'Ankara', null],
  [
    'Brazil and Argentina cooperated with Interpol to track the smugglers.',
    'COOPERATE',
    null,
    'Brazil',
    'Interpol',
  ],
  [
    'Israeli intelligence shared information with Jordan about the plot.',
    'COOPERATE',
    null,
    'intelligence',
    'Jordan',
  ],
  ['The European Union provided emergency food aid to Sudan.', 'AID', null, 'Union', 'Sudan'],
  ['Canada granted asylum to two Iranian journalists.', 'AID', null, 'Canada', 'journalists'],
  ['Russian troops withdrew from the town of Kherson.', 'RETREAT', 'withdraw', 'troops', null],
  [
    'The rebels released three Nepali hostages on Saturday.',
    'RETREAT',
    'release',
    'rebels',
    'hostages',
  ],
  ['The defence minister resigned on Wednesday.', 'RETREAT', 'resign', 'minister', null],
  [
    'The senator urged the White House to release the documents.',
    'REQUEST',
    null,
    'senator',
    'White House',
  ],
  ['Ruto invited Modi to visit Nairobi.', 'REQUEST', 'meet', 'Ruto', 'Modi'],
  [
    'China criticized the United States over its arms sales to Taiwan.',
    'ACCUSE',
    'disapprove',
    'China',
    'United States',
  ],
  ['Pakistan accused India of sheltering militants.', 'ACCUSE', 'allege', 'Pakistan', 'India'],
  [
    'Prosecutors launched an investigation into the mayor.',
    'ACCUSE',
    'investigate',
    'Prosecutors',
    'mayor',
  ],
  [
    'Hungary rejected the European Commission proposal on migration.',
    'REJECT',
    null,
    'Hungary',
    'Commission',
  ],
  ['Tehran refused to allow inspectors into the plant.', 'REJECT', null, 'Tehran', null],
  [
    'Pyongyang threatened to cut all ties with Seoul.',
    'THREATEN',
    'relations',
    'Pyongyang',
    'Seoul',
  ],
  [
    'Thousands of farmers protested against the new tax in Paris.',
    'PROTEST',
    'demo',
    'farmers',
    null,
  ],
  ['Dock workers went on strike in Antwerp on Monday.', 'PROTEST', 'strike', 'workers', null],
  [
    'Washington imposed sanctions on three Russian banks.',
    'SANCTION',
    'discontinue',
    'Washington',
    'banks',
  ],
  ['Lithuania expelled two Russian diplomats.', 'SANCTION', 'expel', 'Lithuania', 'diplomats'],
  ['Azerbaijan mobilized reservists along the border.', 'MOBILIZE', 'troops', 'Azerbaijan', null],
  ['Police arrested 40 protesters in Tbilisi.', 'COERCE', 'arrest', 'Police', 'protesters'],
  ['The junta imposed a curfew in the capital.', 'COERCE', 'curfew', 'junta', null],
  [
    'Russian forces shelled the city of Kharkiv overnight.',
    'ASSAULT',
    'heavy-weapons',
    'forces',
    'Kharkiv',
  ],
  ['Gunmen kidnapped two aid workers in northern Mali.', 'ASSAULT', 'abduct', 'Gunmen', 'workers'],
  ['The convoy was attacked by militants near Kabul.', 'ASSAULT', null, 'militants', 'convoy'],
  [
    'The separatists cut off water supplies to the city.',
    'COERCE',
    'withhold',
    'separatists',
    null,
  ],
  [
    'Police fired tear gas at protesters in Nairobi.',
    'ASSAULT',
    'crowd-control',
    'Police',
    'protesters',
  ],
  ['Israeli airstrikes on Gaza killed 20 people.', 'ASSAULT', 'aerial', 'Israeli', 'Gaza'],
  [
    'The talks between Armenia and Azerbaijan took place in Brussels.',
    'CONSULT',
    null,
    'Armenia',
    null,
  ],
  [
    "Turkey's parliament approved the deployment of troops to Libya.",
    'MOBILIZE',
    'troops',
    'parliament',
    'Libya',
  ],
  ['Trump will meet Putin in Helsinki next month.', 'AGREE', null, 'Trump', 'Putin'],
  [
    'Trump called Zelensky "a dictator without elections" on Wednesday.',
    'ACCUSE',
    'disapprove',
    'Trump',
    'Zelensky',
  ],
  [
    'The opposition leader called the prime minister a liar.',
    'ACCUSE',
    'disapprove',
    'leader',
    'minister',
  ],
  ['Macron called Putin on Tuesday to discuss the war.', 'CONSULT', 'phone', 'Macron', 'Putin'],
  [
    'Erdogan called Netanyahu last week about the ceasefire.',
    'CONSULT',
    'phone',
    'Erdogan',
    'Netanyahu',
  ],
]

describe('events: two named sides of a coordinated phrase', () => {
  it('a meeting between two leaders: the first is the actor, the second the recipient', () => {
    const e = first(
      'A meeting between Emmanuel Macron and Olaf Scholz in Berlin collapsed on Friday.',
    )
    assert.equal(e?.category, 'CONSULT')
    assert.equal(e?.actor?.text, 'Emmanuel Macron')
    assert.equal(e?.recipient?.text, 'Olaf Scholz')
  })
  it('two accusers: the first leads; the recipient stays the object', () => {
    const e = first('Donald Trump and JD Vance accused Volodymyr Zelensky of ingratitude.')
    assert.equal(e?.category, 'ACCUSE')
    assert.equal(e?.actor?.text, 'Donald Trump')
    assert.equal(e?.recipient?.text, 'Volodymyr Zelensky')
  })
  it('one phrase with one head is not split', () => {
    const e = first('Senior Chilean and Peruvian officials agreed to cooperate on fishing.')
    assert.ok(e?.actor?.text.includes('Chilean and Peruvian officials'), e?.actor?.text)
  })
})

describe('events: an assertion is no demand', () => {
  it('insisting that something is so requests nothing', () => {
    assert.deepEqual(
      layer(run('Tehran has long insisted its program is peaceful.'), 'events').map(
        (e) => e.category,
      ),
      [],
    )
  })
})

describe('events: calling someone a name is no phone call', () => {
  it('a naming without an insult is no event', () => {
    assert.deepEqual(
      layer(run('The senator called Biden a friend of the family.'), 'events').map(
        (e) => `${e.category}/${e.mode}`,
      ),
      [],
    )
  })
})

describe('events: "and" between clauses is not "and" between noun phrases', () => {
  it('each clause keeps its own subject and object', () => {
    const ev = layer(
      run('Hamas freed 50 Israeli hostages and Israel released 150 Palestinian prisoners.'),
      'events',
    )
    const freed = ev.find((e) => e.trigger.text === 'freed')
    const released = ev.find((e) => e.trigger.text === 'released')
    assert.equal(freed?.actor?.text, 'Hamas')
    assert.equal(freed?.recipient?.text, '50 Israeli hostages')
    assert.equal(released?.actor?.text, 'Israel')
    assert.equal(released?.recipient?.text, '150 Palestinian prisoners')
  })
  it('a list of named actors leads with its first name', () => {
    const e = first('Lithuania, Latvia and Estonia imposed sanctions on 11 Georgian officials.')
    assert.equal(e?.actor?.text, 'Lithuania')
    assert.equal(e?.recipient?.text, '11 Georgian officials')
  })
  it('a list after another clause keeps its first name', () => {
    const ev = layer(
      run(
        'The United States suspended its partnership with Georgia, and Lithuania, Latvia and Estonia imposed sanctions on 11 officials.',
      ),
      'events',
    )
    assert.equal(ev.find((e) => e.trigger.text === 'imposed sanctions')?.actor?.text, 'Lithuania')
  })
  it('two sides of an agreement: the other side is the recipient, not a place', () => {
    const e = first('Israel and Hamas have agreed to extend their truce in Gaza by two days.')
    assert.equal(e?.category, 'AGREE')
    assert.equal(e?.actor?.text, 'Israel')
    assert.equal(e?.recipient?.text, 'Hamas')
  })
  it('a quantity opened by "at least" is the object', () => {
    const e = first('Police detained at least 48 protesters overnight.')
    assert.equal(e?.recipient?.text, 'at least 48 protesters')
  })
  it('coordinated noun phrases stay one phrase', () => {
    const e = first('Police arrested students and teachers at the rally.')
    assert.equal(e?.recipient?.text, 'students and teachers')
  })
})

describe('events: what a stopping noun governs is not happening', () => {
  const rows: [string, string][] = [
    ['The pause in fighting had been due to end on Monday night.', ''],
    ['Both sides called for an end to the shelling of Kharkiv.', 'REQUEST'],
    ['Rebels kept fighting in the east.', 'ASSAULT'],
  ]
  for (const [text, categories] of rows) {
    it(text, () => {
      const got = layer(run(text), 'events').map((e) => e.category)
      assert.equal(got.join(' '), categories)
    })
  }
})

describe('events: a coordinated verb phrase shares its subject', () => {
  it('skipping a gerund of the first phrase', () => {
    const ev = layer(
      run(
        'The prime minister accused the opposition of organizing violence and vowed to crush the protests.',
      ),
      'events',
    )
    assert.equal(ev.find((e) => e.trigger.text === 'vowed')?.actor?.text, 'The prime minister')
  })
  it("a second speech act after a that-clause is the first speaker's", () => {
    const ev = layer(
      run(
        'Orban told reporters that Hungary would not block the decision but warned of consequences.',
      ),
      'events',
    )
    assert.equal(ev.find((e) => e.trigger.text === 'warned')?.actor?.text, 'Orban')
  })
  it('an act after a that-clause stays in it', () => {
    const ev = layer(run('He said that Russia attacked the city and killed 20 people.'), 'events')
    assert.equal(ev.find((e) => e.trigger.text === 'killed')?.actor?.text, 'Russia')
  })
})

describe('events: a warning is a threat only when it threatens', () => {
  const rows: [string, boolean][] = [
    ['Orban warned that the talks would take many years.', false],
    ['Experts warned of a humanitarian crisis in Gaza.', false],
    ['The central bank warned that prices would rise.', false],
    ['Russia warned that it would strike Kyiv.', true],
    ['The EU warned Belarus of consequences.', true],
    ['He warned Kyiv to stop the shelling or face a strong response.', true],
    // a that-less clause about a state of affairs foretells; its subject is no recipient
    ['The union won a raise but warns the row over overtime is not settled.', false],
    ['The minister warned the drought would last into the autumn.', false],
    ['Minsk warned Vilnius would face retaliation.', true],
  ]
  for (const [text, threat] of rows) {
    it(`${threat ? 'THREATEN' : 'no threat'}: ${text}`, () => {
      const cats = layer(run(text), 'events').map((e) => e.category)
      assert.equal(cats.includes('THREATEN'), threat, `${text} → ${cats.join(', ')}`)
    })
  }
})

describe('events: PLOVER categories and modes (one news sentence per row)', () => {
  for (const [text, category, mode, actor, recipient] of CATEGORIES) {
    it(`${category}${mode ? `/${mode}` : ''}: ${text}`, () => {
      const e = first(text)
      assert.ok(e, `no event in "${text}"`)
      assert.equal(e.category, category, `category of "${text}"`)
      if (mode !== null) assert.equal(e.mode, mode, `mode of "${text}"`)
      if (actor !== null)
        assert.ok(e.actor?.text.includes(actor), `actor of "${text}": ${e.actor?.text}`)
      if (recipient !== null)
        assert.ok(
          e.recipient?.text.includes(recipient),
          `recipient of "${text}": ${e.recipient?.text}`,
        )
    })
  }
})

const STATUSES: [string, string, string][] = [
  ['Hamas released four hostages on Saturday.', 'release', 'happened'],
  ['The two delegations are still holding talks in Doha.', 'holding talks', 'ongoing'],
  ['The new president will be inaugurated on May 9.', 'inaugurated', 'planned'],
  ['The foreign minister plans to visit Beijing next month.', 'visit', 'planned'],
  ['Mediators are working to extend the truce in Gaza.', 'extend the truce', 'planned'],
  ['Qatar is trying to broker a deal to free more hostages.', 'free', 'planned'],
  ['The army was forced to withdraw from Kherson.', 'withdraw', 'happened'],
  ['Russia had to withdraw its troops from the region.', 'withdraw', 'happened'],
  ['He became the first leader to visit Kyiv since the invasion.', 'visit', 'happened'],
  ['Crowds protested the decision to suspend talks with Brussels.', 'suspend talks', 'happened'],
  [
    'The United States could impose sanctions if the vote is rigged.',
    'impose sanctions',
    'hypothetical',
  ],
  ['If the talks fail, the union will stage a strike.', 'strike', 'hypothetical'],
  ['The prime minister did not meet the protesters.', 'meet', 'negated'],
  ['A state visit to Ankara has yet to occur.', 'visit', 'negated'],
  ['The governor has repeatedly criticized the federal government.', 'criticized', 'habitual'],
  ['A planned signing of the trade deal was called off on Friday.', 'signing', 'negated'],
  ["The president's visit to Copenhagen was cancelled on Monday.", 'visit', 'negated'],
  ['The opposition said it was wrong to deny the vote.', 'deny', 'hypothetical'],
  ['Trump met Putin in Helsinki after the summit was postponed.', 'met', 'happened'],
  // a time expression between the controlling verb and its infinitive
  ['EU foreign ministers failed on Wednesday to agree on new sanctions.', 'agree', 'negated'],
  // a subject that says no one acted
  ['No court in the country has ever endorsed the plan.', 'endorsed', 'negated'],
  ['None of the parties signed the agreement.', 'signed', 'negated'],
  // an act dated after the report (2024-03-14) is to come, one dated before it happened
  ['The two leaders meet in Geneva on March 20 to discuss the ceasefire.', 'meet', 'planned'],
  ['The two leaders met in Geneva on March 10 to discuss the ceasefire.', 'met', 'happened'],
]

describe('events: status from the clause', () => {
  for (const [text, trigger, status] of STATUSES) {
    it(`${status}: ${text}`, () => {
      const e = layer(run(text), 'events').find((x) => x.trigger.text.includes(trigger))
      assert.ok(e, `no event with trigger "${trigger}" in "${text}"`)
      assert.equal(e.status, status, `status of "${text}"`)
    })
  }
})

describe('events: arguments', () => {
  it('a noun with its prepositional phrase is the actor, not the phrase', () => {
    const cases: [string, string][] = [
      ['Protesters in Tbilisi clashed with police on Sunday.', 'Protesters in Tbilisi'],
      ['Officials in Kyiv accused Moscow of shelling the city.', 'Officials in Kyiv'],
      ['The head of the agency met Iranian officials in Vienna.', 'The head of the agency'],
    ]
    for (const [text, actor] of cases) {
      const e = first(text)
      assert.equal(e?.actor?.text, actor, text)
    }
  })
  it('a date is no recipient', () => {
    const e = layer(
      run('Biden met the delegation on Wednesday. He will sign the bill on Friday.'),
      'events',
    )
    assert.ok(e.length > 0, 'no event')
    for (const x of e)
      assert.ok(!/day$/.test(x.recipient?.text ?? ''), `recipient ${x.recipient?.text}`)
  })
})

describe('events: future acts as the PLOVER manual codes them', () => {
  it('a future cooperative act of the subject is AGREE', () => {
    assert.equal(
      first('Norway said it would provide $50 million in aid to Gaza.')?.category,
      'AGREE',
    )
  })
  it('a future conflictual act of the subject is THREATEN', () => {
    assert.equal(
      first('The farmers said they would blockade Brussels on Monday.')?.category,
      'THREATEN',
    )
  })
  it('a refusal in the future is REJECT', () => {
    assert.equal(first('Moldova says it will not accept new grain convoys.')?.category, 'REJECT')
  })
  it('the pronoun of a reported clause resolves to the reporting subject', () => {
    assert.equal(
      first('Moldova says it will not accept new grain convoys.')?.actor?.text,
      'Moldova',
    )
  })
})

/** A time stage stub: the given strings become timexes with the given TIMEX3 values. */
function stubTime(found: Record<string, [string, Timex['resolution']]>): Stage {
  return {
    name: 'time',
    requires: ['text', 'meta', 'sentences', 'tokens'],
    provides: ['timexes'],
    run(doc: Doc): Doc {
      const out: Timex[] = []
      for (const [text, [value, resolution]] of Object.entries(found)) {
        let at = doc.text.indexOf(text)
        while (at !== -1) {
          out.push({
            id: '',
            start: at,
            end: at + text.length,
            text,
            type: 'DATE',
            value,
            resolution,
          })
          at = doc.text.indexOf(text, at + 1)
        }
      }
      out.sort((a, b) => a.start - b.start)
      return withLayers(doc, { timexes: out.map((t, i) => ({ ...t, id: `T${i + 1}` })) })
    },
  }
}

function runWithTimes(text: string, found: Record<string, [string, Timex['resolution']]>): Event[] {
  const list = stages().map((s) => (s.provides.includes('timexes') ? stubTime(found) : s))
  const doc = createPipeline(list).run(
    createDoc(
      'd',
      {
        id: null,
        path: null,
        url: null,
        format: 'text',
        content: text,
        date: '2024-11-07',
        title: null,
        bodyOnly: true,
      },
      [],
    ),
  )
  assert.deepEqual(spanProblems(toDocumentJSON(doc)), [])
  return [...layer(doc, 'events')]
}

describe('events: dates', () => {
  it('the timex of the clause is explicit, with its granularity', () => {
    const [e] = runWithTimes(
      'A 2019 phone call in which Trump pressured Zelensky led to his impeachment.',
      {
        '2019': ['2019', 'year'],
      },
    )
    assert.equal(e?.date?.value, '2019')
    assert.equal(e?.date?.basis, 'explicit')
  })
  it('the finest timex of the segment wins', () => {
    const ev = runWithTimes(
      'Trump won the 2024 presidential election on Nov. 5 after a long campaign.',
      {
        '2024': ['2024', 'year'],
        'Nov. 5': ['2024-11-05', 'day'],
      },
    )
    assert.equal(ev[0]?.date?.value, '2024-11-05')
  })
  it('a fronted timex governs the clause after its comma', () => {
    const ev = runWithTimes(
      'Earlier on Nov. 6, immediately after the results, Zelensky congratulated Trump.',
      {
        'Nov. 6': ['2024-11-06', 'day'],
      },
    )
    assert.equal(ev[0]?.date?.value, '2024-11-06')
    assert.equal(ev[0]?.date?.basis, 'explicit')
  })
  it('a later event of the paragraph without a timex inherits the date, marked inferred', () => {
    const ev = runWithTimes(
      'Macron met Scholz in Berlin on Nov. 3. The two leaders also praised Kyiv.',
      {
        'Nov. 3': ['2024-11-03', 'day'],
      },
    )
    assert.equal(ev[1]?.date?.value, '2024-11-03')
    assert.equal(ev[1]?.date?.basis, 'inferred')
  })
  it('an event noun anchoring another in time does not take the clause date', () => {
    const ev = runWithTimes(
      'Zelensky criticized Trump on Monday, days after a tense meeting between Trump and Zelensky.',
      { Monday: ['2024-11-04', 'day'] },
    )
    const meeting = ev.find((e) => e.category === 'CONSULT')
    assert.ok(meeting, 'the meeting is an event')
    assert.equal(meeting.date, null)
    assert.equal(ev.find((e) => e.category !== 'CONSULT')?.date?.value, '2024-11-04')
  })
  it('an anchor event keeps a timex of its own phrase', () => {
    const ev = runWithTimes(
      'Zelensky praised Kyiv after the Nov. 3 meeting between Trump and Zelensky.',
      {
        'Nov. 3': ['2024-11-03', 'day'],
      },
    )
    assert.equal(ev.find((e) => e.category === 'CONSULT')?.date?.value, '2024-11-03')
  })
  it('a later event anchored by "ahead of" is not inferred from the paragraph', () => {
    const ev = runWithTimes(
      'Macron met Scholz in Berlin on Nov. 3. The two leaders praised Kyiv ahead of a meeting between Scholz and Biden.',
      { 'Nov. 3': ['2024-11-03', 'day'] },
    )
    const meeting = ev.find((e) => e.trigger.text === 'meeting')
    assert.ok(meeting, 'the meeting is an event')
    assert.equal(meeting.date, null)
  })
  it('an undated event falls back to the document date, marked document', () => {
    const ev = runWithTimes('Police arrested 40 protesters in Tbilisi.', {})
    assert.deepEqual(ev[0]?.date, { value: '2024-11-07', timex: null, basis: 'document' })
  })
  it('a planned event is not given the document date', () => {
    const ev = runWithTimes('The minister is expected to visit Japan.', {})
    assert.equal(ev[0]?.date, null)
  })
})

describe('events: location and merging', () => {
  it('the place in the clause is the location', () => {
    assert.equal(first('Novak met Vega in Lisbon during the campaign.')?.location?.text, 'Lisbon')
  })
  it('the same fact told twice is one event', () => {
    const ev = layer(
      run('Zelensky congratulated Trump on Wednesday. Later, Zelensky congratulated Trump again.'),
      'events',
    )
    assert.equal(ev.filter((e) => e.category === 'SUPPORT').length, 1)
  })
  it('empty text gives no events and an empty summary', () => {
    const doc = run('The weather was mild.')
    assert.deepEqual(layer(doc, 'events'), [])
    assert.equal(layer(doc, 'summary').who, null)
  })
})

describe('events: a date in a relative clause', () => {
  it('dates the phrase it hangs on, not the event of the sentence', () => {
    const ev = runWithTimes(
      'The fisheries minister praised the accord and said Oslo would stay out of the quota talks, which are due to open in June.',
      { June: ['2025-06', 'month'] },
    )
    const praise = ev.find((e) => e.trigger.text === 'praised')
    assert.ok(praise, JSON.stringify(ev.map((e) => e.trigger.text)))
    assert.equal(praise.date?.basis, 'document')
    assert.equal(praise.status, 'happened')
  })
  it('nor does a date in a clause after the trigger, or a "since" anchor', () => {
    const who = runWithTimes(
      'The mayor praised the grant for farmers who had lost their crops in 2021.',
      { '2021': ['2021', 'year'] },
    )
    assert.equal(who.find((e) => e.trigger.text === 'praised')?.date?.basis, 'document')
    const since = runWithTimes('The council praised the volunteers working since 2019.', {
      '2019': ['2019', 'year'],
    })
    assert.equal(since.find((e) => e.trigger.text === 'praised')?.date?.basis, 'document')
    const own = runWithTimes('The mayor praised the volunteers in 2021.', {
      '2021': ['2021', 'year'],
    })
    assert.equal(own.find((e) => e.trigger.text === 'praised')?.date?.value, '2021')
  })
  it('nor a date before a subordinate clause that holds the trigger', () => {
    const after = runWithTimes(
      'Nurses will go back to the wards in March after their union accepted the offer.',
      { March: ['2025-03', 'month'] },
    )
    const accepted = after.find((e) => e.trigger.text === 'accepted')
    assert.ok(accepted, JSON.stringify(after.map((e) => e.trigger.text)))
    assert.notEqual(accepted.date?.value, '2025-03')
    assert.equal(accepted.status, 'happened')
    const own = runWithTimes('Their union accepted the offer in March.', {
      March: ['2025-03', 'month'],
    })
    assert.equal(own.find((e) => e.trigger.text === 'accepted')?.date?.value, '2025-03')
  })
})

/** The events of a text as `CATEGORY trigger` strings. */
function coded(text: string): string[] {
  return layer(run(text), 'events').map((e) => `${e.category} ${e.trigger.text}`)
}

describe('events: what is released decides the event', () => {
  // a statement, figures, a video or a report that is released or issued is published, not freed
  const published = [
    'The statistics office released new unemployment figures on Tuesday.',
    'The strike ended at dawn, according to a joint communique released after the session.',
    'The audit of the port authority was released on Monday.',
    'The rebel command issued a press release about the ambush.',
    'The coastguard released video footage of the rescue.',
    'Figures released by the national treasury showed a drop in exports.',
  ]
  for (const text of published) {
    it(`published, no RETREAT: ${text}`, () => {
      const got = coded(text)
      assert.ok(!got.some((c) => c.startsWith('RETREAT')), got.join('; '))
    })
  }
  it('captives released are still a RETREAT, also in a reduced relative', () => {
    assert.ok(
      coded('The militia released twelve fishermen on Sunday.').includes('RETREAT released'),
    )
    assert.ok(
      coded('The detainees released on Friday were flown to Varna.').includes('RETREAT released'),
    )
  })
  it('funds released to a recipient are AID', () => {
    const e = first('The regional bank released emergency funds to the flooded province of Vantor.')
    assert.equal(e?.category, 'AID')
    assert.ok(e?.recipient?.text.includes('Vantor'), e?.recipient?.text)
  })
})

describe('events: a participle with a "by" agent after a noun is passive', () => {
  const rows: [string, string, string, string, string | null][] = [
    // text, trigger, category, actor, recipient (null: none)
    [
      'The nurses rejected a 4% raise offered by Halvard Health.',
      'offered',
      'AGREE',
      'Halvard Health',
      null,
    ],
    [
      'Talks in the Zambian capital hosted by Norway ended without a deal.',
      'hosted',
      'CONSULT',
      'Norway',
      null,
    ],
    [
      'Three reporters detained by the police were freed on Sunday.',
      'detained',
      'COERCE',
      'the police',
      'Three reporters',
    ],
  ]
  for (const [text, trigger, category, actor, recipient] of rows) {
    it(text, () => {
      const e = layer(run(text), 'events').find((x) => x.trigger.text === trigger)
      assert.ok(e, `no "${trigger}" event`)
      assert.equal(e.category, category)
      assert.equal(e.actor?.text, actor)
      assert.equal(e.recipient?.text ?? null, recipient)
    })
  }
  it('the agent of a reduced relative is not the subject of the verb after it', () => {
    const e = layer(run('Three reporters detained by the police were freed on Sunday.'), 'events')
    assert.equal(e.find((x) => x.trigger.text === 'freed')?.recipient?.text, 'Three reporters')
  })
})

describe('events: an actor with a chain of prepositional phrases', () => {
  const cases: [string, string][] = [
    [
      'Teachers at the Santa Ines school in the northern province protested against the pay freeze.',
      'Teachers at the Santa Ines school in the northern province',
    ],
    [
      'Analysts at the central bank in Zurich criticized the plan.',
      'Analysts at the central bank in Zurich',
    ],
  ]
  for (const [text, actor] of cases) {
    it(text, () => {
      assert.equal(first(text)?.actor?.text, actor)
    })
  }
})

describe('events: a meeting for which a date is still to be set', () => {
  const rows: [string, string][] = [
    ['No firm date was fixed for talks between the two governments.', 'talks'],
    ['A date has yet to be fixed for a summit between Vargas and Orlov.', 'summit'],
    ['No timetable was agreed for a meeting between the rival factions.', 'meeting'],
  ]
  for (const [text, trigger] of rows) {
    it(text, () => {
      const e = layer(run(text), 'events').find((x) => x.trigger.text === trigger)
      assert.ok(e, `no "${trigger}" event`)
      assert.equal(e.category, 'CONSULT')
      assert.equal(e.status, 'planned')
    })
  }
})

describe('events: a coordination inside an "of" phrase is one actor', () => {
  it('the ministers of two countries are one phrase, not a minister and a country', () => {
    const e = first('The trade ministers of Peru and Bolivia agreed on Friday to lower tariffs.')
    assert.equal(e?.category, 'AGREE')
    assert.equal(e?.actor?.text, 'The trade ministers of Peru and Bolivia')
    assert.equal(e?.recipient, null)
  })
  it('two phrases with their own heads are still two sides', () => {
    const e = first('The president of Peru and the prime minister of Bolivia met in La Paz.')
    assert.equal(e?.category, 'CONSULT')
    assert.equal(e?.actor?.text, 'The president of Peru')
    assert.equal(e?.recipient?.text, 'the prime minister of Bolivia')
  })
})
