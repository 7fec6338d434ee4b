import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, type Doc } from '../core/doc.js'
import { spanProblems } from '../core/invariants.js'
import { createPipeline } from '../core/pipeline.js'
import { toDocumentJSON } from '../core/serialize.js'
import { tokenizer } from '../nlp/tokenizer.js'
import { reader } from '../reader/reader.js'
import { time } from './time.js'

/**
 * Case tables: one news sentence per row with its document date and every time expression it
 * must yield, as `text → TIMEX3 value` (and the type where it matters). Values were worked out
 * by hand from the TimeML guidelines and a calendar.
 */

const pipeline = createPipeline([reader(), tokenizer(), time()])

function run(content: string, date: string | null, url: string | null = null): Doc {
  const raw = {
    id: 'case',
    path: null,
    url,
    format: 'text' as const,
    content,
    date,
    title: null,
    bodyOnly: true,
  }
  return pipeline.run(createDoc('case', raw))
}

type Row = readonly [dct: string, sentence: string, expected: readonly string[]]

function check(name: string, rows: readonly Row[]): void {
  test(name, () => {
    for (const [dct, sentence, expected] of rows) {
      const doc = run(sentence, dct)
      const got = (doc.layers.timexes ?? []).map((t) => `${t.text} → ${t.value}`)
      assert.deepEqual(got, expected, `${name}: "${sentence}" (document date ${dct})`)
      assert.deepEqual(spanProblems(toDocumentJSON(doc)), [], `${name}: spans of "${sentence}"`)
    }
  })
}

// 2024-11-06 is a Wednesday; 2023-05-03 a Wednesday; 1998-02-13 a Friday; 1989-11-02 a Thursday.
check('explicit dates (chrono-node) and the year of a date without one', [
  ['2023-05-03', 'Lindqvist held a video call with Brenner on May 2.', ['May 2 → 2023-05-02']],
  ['2023-05-03', 'Brenner will be sworn in on Jan. 9, 2024.', ['Jan. 9, 2024 → 2024-01-09']],
  [
    '2023-05-03',
    'She spoke at a rally on April 26, 2023 in Malmö.',
    ['April 26, 2023 → 2023-04-26'],
  ],
  ['2024-11-06', 'The inauguration is set for Jan. 20.', ['Jan. 20 → 2025-01-20']],
  // A second day of a month named once; a count after "and" is no day.
  [
    '1999-02-10',
    'The fair will run in Tallinn on April 17 and 18.',
    ['April 17 → 1999-04-17', '18 → 1999-04-18'],
  ],
  ['2024-11-06', 'On May 3 and 4 people died.', ['May 3 → 2024-05-03']],
  [
    '1989-11-02',
    'The coupons, which expire Nov. 19, can be swapped for $25.',
    ['Nov. 19 → 1989-11-19'],
  ],
  [
    '2024-11-06',
    'The exhibit ran from Aug. 14 to Oct. 9.',
    ['Aug. 14 → 2024-08-14', 'Oct. 9 → 2024-10-09'],
  ],
  [
    '2024-11-06',
    'The Herald argued in a column on Saturday, Nov. 2: the mayor erred.',
    ['Saturday, Nov. 2 → 2024-11-02'],
  ],
  [
    '2024-11-06',
    'The Herald said in a column on April 25 that the mayor erred.',
    ['April 25 → 2024-04-25'],
  ],
])

check('bare years, decades and centuries', [
  ['2024-11-06', 'A bitter row grew out of a 2017 radio interview.', ['2017 → 2017']],
  ['2024-11-06', 'Solano won the 2022 U.S. Senate race in the state.', ['2022 → 2022']],
  ['2024-11-06', 'The war began in 2014 and escalated in 2022.', ['2014 → 2014', '2022 → 2022']],
  ['2024-11-06', 'He served from 2014 to 2022.', ['2014 → 2014', '2022 → 2022']],
  [
    '1999-04-19',
    'Floods struck the valley in 1993, 1996 and 1998.',
    ['1993 → 1993', '1996 → 1996', '1998 → 1998'],
  ],
  ['2024-11-06', 'The bids were $1,200, 1900 and more.', []],
  ['2024-11-06', 'Inflation soared in the 1990s.', ['the 1990s → 199']],
  ['2024-11-06', 'Reforms of the mid-1980s failed.', ['the mid-1980s → 198']],
  ['2024-11-06', 'Crime fell through the nineties.', ['the nineties → 199']],
  ['2024-11-06', 'The actor, in his sixties, spoke.', []],
  ['2024-11-06', 'Some 2000 people marched and 1500 troops were deployed.', []],
  ['2024-11-06', 'Prices rose 2019 percent, to $2020.', []],
  ['2024-11-06', 'Protesters gathered at 1600 Pennsylvania Avenue.', []],
  ['2024-11-06', 'The city was founded in 1682.', ['1682 → 1682']],
  ['1989-11-02', 'In fiscal 1987, the brewer netted $4.6 million.', ['fiscal 1987 → 1987']],
  ['2024-11-06', 'The 20th century ended.', ['The 20th century → 19']],
  ['1998-02-27', 'In nineteen ninety-one Keating was convicted.', ['nineteen ninety-one → 1991']],
  [
    '1998-02-27',
    'A bomb exploded in January nineteen ninety-seven.',
    ['January nineteen ninety-seven → 1997-01'],
  ],
  ['1998-02-27', 'He paid twenty fifty dollars.', []],
])

check('months without a day, seasons, quarters, halves', [
  ['2024-11-06', 'Russia invaded in February 2022.', ['February 2022 → 2022-02']],
  ['2024-11-06', 'The talks collapsed in March.', ['March → 2024-03']],
  ['2024-11-06', 'The offensive is expected to start next spring.', ['next spring → 2025-SP']],
  ['2024-11-06', 'The bridge was hit last summer.', ['last summer → 2024-SU']],
  ['1989-11-02', 'Profit fell in the third quarter.', ['the third quarter → 1989-Q3']],
  [
    '1989-11-02',
    'Marlow Textiles posted a third-quarter operating gain.',
    ['third-quarter → 1989-Q3'],
  ],
  [
    '1989-11-02',
    'Sales beat the year-earlier third quarter by 4%.',
    ['the year-earlier third quarter → 1988-Q3'],
  ],
  ['1989-11-02', 'Profit rose in the latest quarter.', ['the latest quarter → 1989-Q3']],
  ['2024-11-06', 'Sales rose in the first half of 2023.', ['the first half of 2023 → 2023-H1']],
  ['1989-11-01', 'Pretax profit rose 38% in the first half.', ['the first half → 1989-H1']],
  ['2005-03-01', 'The second half opened as tamely as the first.', []],
  [
    '2005-03-01',
    'She expects the merger in the second half of next year and savings in the second quarter of this year.',
    ['the second half of next year → 2006-H2', 'the second quarter of this year → 2005-Q2'],
  ],
  [
    '2005-03-01',
    'The transport plan for the period 2009-2015 was shelved.',
    ['2009 → 2009', '2015 → 2015'],
  ],
  ['2024-03-01', 'The new tablet may be launched in summer.', ['summer → 2024-SU']],
  ['2024-11-06', 'Shortages will last well into the summer.', ['the summer → 2025-SU']],
  // An ambiguous month before the noun it dates; not the protest, not the prime minister.
  ['1999-02-10', 'The March accession will let them vote.', ['March → 1999-03']],
  ['2024-11-06', 'It signed a June agreement with the union.', ['June → 2024-06']],
  ['2024-11-06', 'The March on Washington drew crowds.', []],
  ['2019-03-10', 'Critics of the May government spoke.', []],
  // A lowercase "may" is the verb, even after a number.
  ['2024-03-01', 'Version 2 may ship late.', []],
  [
    '2024-11-06',
    'Earnings will slip in the last half of 2025.',
    ['the last half of 2025 → 2025-H2'],
  ],
  // Compounds and halves of a decade are no quarter or half of a year.
  ['2024-11-06', 'Inflation is near a quarter-century high.', []],
  ['2024-11-06', 'It repeats a trend of the last half of the 2010s.', ['the 2010s → 201']],
  ['2024-11-06', 'Theresa May said the talks would go on.', []],
  ['2024-11-06', 'The Women’s March drew thousands.', []],
  ['2024-11-06', 'Exports may rise.', []],
])

check('weeks, weekdays with the news past bias, parts of the day', [
  ['2024-11-06', 'Officials met last week.', ['last week → 2024-W44']],
  ['2024-11-06', 'The vote is due this week.', ['this week → 2024-W45']],
  ['2024-11-06', 'Zelensky said on Tuesday that the call went well.', ['Tuesday → 2024-11-05']],
  ['2024-11-06', 'Zelensky will travel to Brussels on Friday.', ['Friday → 2024-11-08']],
  ['2024-11-06', 'Officials met last Friday.', ['last Friday → 2024-11-01']],
  ['2024-11-06', 'The results came in on Tuesday evening.', ['Tuesday evening → 2024-11-05TEV']],
  ['2024-11-06', 'In his evening address, Zelensky thanked allies.', ['evening → 2024-11-06TEV']],
  [
    '2024-11-06',
    'A drone struck Kyiv overnight, officials said this morning.',
    ['overnight → 2024-11-06TNI', 'this morning → 2024-11-06TMO'],
  ],
  [
    '2024-03-20',
    'The benchmark overnight interest rate has been held in that range since last July.',
    ['last July → 2023-07'],
  ],
  [
    '1998-02-13',
    'The shop was robbed at 11 p.m. Wednesday, officers said.',
    ['11 p.m. Wednesday → 1998-02-11T23:00'],
  ],
  ['2024-11-06', 'The Sunday Times reported the plan.', []],
  // Programme and paper titles: a capitalised day word or unit inside a sentence.
  ['2024-11-06', 'Blinken said on ABC\'s "This Week" that aid would continue.', []],
  ['2024-11-06', 'The poll was published by USA Today.', []],
  ['2024-11-06', 'For the farmers of Wessex, high noon has arrived.', []],
  ['2024-11-06', 'Today, the president flies to Kyiv.', ['Today → 2024-11-06']],
  ['2024-11-06', 'She told ITV1 This Morning that the Evening Standard erred.', []],
  ['2004-08-20', 'Jurors heard about the night of 9 August.', ['9 August → 2004-08-09']],
  ['2024-11-06', 'Marchers remembered Bloody Sunday.', []],
  [
    '2024-11-06',
    'It happened yesterday and resumes tomorrow.',
    ['yesterday → 2024-11-05', 'tomorrow → 2024-11-07'],
  ],
])

check('relative expressions, ranges and anchored units', [
  ['2024-11-06', 'The deal was signed two years ago.', ['two years ago → 2022']],
  ['2024-11-06', 'Prices jumped earlier this month.', ['earlier this month → 2024-11']],
  ['2024-11-06', 'Ukraine has fought Russia since February 2022.', ['February 2022 → 2022-02']],
  ['2024-11-06', 'Elections are planned for early next year.', ['early next year → 2025']],
  ['2024-11-06', 'Officials had met the day before.', ['the day before → 2024-11-05']],
  ['2024-11-06', 'Rebels regrouped over the weekend.', ['the weekend → 2024-W44-WE']],
  ['1989-11-02', 'The transaction should close by year-end.', ['year-end → 1989']],
])

check('anaphora: counted from the last date the story mentioned (anaphora.ts)', [
  [
    '1998-04-18',
    'Oduya was hired on March 14, 1994, and the following year she ran the desk.',
    ['March 14, 1994 → 1994-03-14', 'the following year → 1995'],
  ],
  [
    '2000-01-28',
    'She moved to Oregon in May 1997 and went back to Chile later that year.',
    ['May 1997 → 1997-05', 'later that year → 1997'],
  ],
  [
    '1999-10-24',
    'Brandt was arrested on Oct. 9, 1998. Earlier that day, his sister mailed a letter.',
    ['Oct. 9, 1998 → 1998-10-09', 'that day → 1998-10-09'],
  ],
  [
    '2024-11-06',
    'The offer arrived in March 2023. The following month, the firm sold its rail unit.',
    ['March 2023 → 2023-03', 'The following month → 2023-04'],
  ],
  [
    '2024-11-06',
    'The strike began on May 4, 2023, and ended the next day.',
    ['May 4, 2023 → 2023-05-04', 'the next day → 2023-05-05'],
  ],
  [
    '2000-02-24',
    'She was detained on Feb. 21 and faced a judge the next morning.',
    ['Feb. 21 → 2000-02-21', 'the next morning → 2000-02-22TMO'],
  ],
  [
    '1999-05-07',
    'The boat was last spotted Nov. 5, the day before rescuers ended the search.',
    ['Nov. 5 → 1998-11-05', 'the day → 1998-11-05'],
  ],
  [
    '1999-02-06',
    'Voss was fired on Oct. 9, 1998; her badge was cancelled that same day.',
    ['Oct. 9, 1998 → 1998-10-09', 'that same day → 1998-10-09'],
  ],
  [
    '1999-02-06',
    'The clerk was fired last October. Her badge was cancelled that same day.',
    ['last October → 1998-10', 'that same day → 1998-10-XX'],
  ],
  // "the year before." is anaphoric; "the year to March" a stretch of a year.
  [
    '2013-03-21',
    'He quit in 2009. The year before, he had won the title.',
    ['2009 → 2009', 'The year before → 2008'],
  ],
  [
    '2013-03-21',
    'Rents climbed sharply in the year to March.',
    ['the year → P1Y', 'March → 2013-03'],
  ],
  // Deictic words stay on the document date whatever was mentioned before.
  [
    '2024-11-06',
    'The plant closed in 2019. Officials met yesterday.',
    ['2019 → 2019', 'yesterday → 2024-11-05'],
  ],
  // A clock time with no day of its own: a day a few words off, else the day just spoken of
  // (within about three sentences), else the document date.
  [
    '2024-11-08',
    'The blast hit the embassy at about 9:40 a.m. (0640 GMT) Thursday, witnesses said.',
    ['about 9:40 a.m. → 2024-11-07T09:40', 'Thursday → 2024-11-07'],
  ],
  [
    '2024-11-08',
    'Police were called on Tuesday evening. Officers arrived at 9:15 p.m. and found him.',
    ['Tuesday evening → 2024-11-05TEV', '9:15 p.m. → 2024-11-05T21:15'],
  ],
  ['2024-11-06', 'Polls in Alaska close at 8 p.m.', ['8 p.m. → 2024-11-06T20:00']],
  // "the previous Friday" steps back from the reference day, not from the document date.
  [
    '2024-11-11',
    'Shares fell on Friday and closed 3% below the level of the previous Friday.',
    ['Friday → 2024-11-08', 'the previous Friday → 2024-11-01'],
  ],
  // Counted from a stated day; "the day before" + a clause is no day.
  [
    '2024-11-08',
    "The day before last Tuesday's hearing, the lawyers met in Miami.",
    ['The day before last Tuesday → 2024-11-04'],
  ],
  [
    '2024-11-08',
    'The case may be heard in court the week of Dec. 2, a lawyer said.',
    ['the week of Dec. 2 → 2024-W49'],
  ],
  [
    '2024-11-08',
    'She spent five hours in Kyiv later in the day before flying home.',
    ['five hours → PT5H'],
  ],
  [
    '2024-11-06',
    'The plane will leave at 5 in the morning (5 a.m. EST Thursday), he said.',
    ['5 in the morning → 2024-11-07T05:00', '5 a.m. EST Thursday → 2024-11-07T05:00'],
  ],
])

check('types: weekday with a part of the day, plural parts of the day, rates', [
  [
    '2000-01-07',
    'Hundreds gathered in a harbour square Friday night.',
    ['Friday night → 2000-01-07TNI'],
  ],
  [
    '1998-02-13',
    'Extra ferries will sail from Piraeus on Wednesday and Thursday nights.',
    ['Wednesday → XXXX-WXX-3TNI', 'Thursday nights → XXXX-WXX-4TNI'],
  ],
  ['1998-03-03', 'Cricket will one day rival football here.', ['one day → FUTURE_REF']],
  ['1990-11-30', 'Okafor had only been in the post one day.', ['one day → P1D']],
  ['1989-10-30', 'The buyout should trim $80 million a year.', ['a year → P1Y']],
  ['2005-03-01', "Pip & Jo's Saturday Night Jackpot won on Tuesday.", ['Tuesday → 2005-03-01']],
])

check('tense of a weekday or month: plans, "since", clock cues, reported speech', [
  // 2000-01-07 is a Friday, 2000-04-03 a Monday.
  // A warning or a plan for a day looks ahead, even under a present perfect.
  [
    '2000-01-07',
    'Forecasters have issued a frost warning for Sunday and Monday across the region.',
    ['Sunday → 2000-01-09', 'Monday → 2000-01-10'],
  ],
  [
    '2000-01-07',
    'The board has scheduled the vote for Tuesday, officials said.',
    ['Tuesday → 2000-01-11'],
  ],
  [
    '2000-01-07',
    'The strike had been planned for Monday, but it was called off.',
    ['Monday → 2000-01-03'],
  ],
  [
    '2000-01-07',
    'Farmers were planning to drive tractors through the capital on Monday.',
    ['Monday → 2000-01-10'],
  ],
  [
    '2005-03-01',
    'Staff were set to hear the verdict by the end of February; the ruling was later delayed.',
    ['the end of February → 2005-02'],
  ],
  [
    '1990-08-13',
    'The carrier, on patrol since March, is scheduled to return.',
    ['March → 1990-03'],
  ],
  [
    '2000-04-03',
    'The council gave the tenants until 10 a.m. Tuesday to leave.',
    ['10 a.m. Tuesday → 2000-04-04T10:00'],
  ],
  [
    '2000-01-07',
    'Officials expect the talks to resume on Monday, the ministry said.',
    ['Monday → 2000-01-10'],
  ],
  ['2000-01-07', 'The ministry said Monday that talks would resume.', ['Monday → 2000-01-03']],
  // A past perfect or "previously" outweighs a cue or a plan: the date is gone by.
  [
    '2024-11-08',
    'The ceasefire had held until Wednesday evening.',
    ['Wednesday evening → 2024-11-06TEV'],
  ],
  [
    '2024-11-08',
    'Until Tuesday, the police had not named him as a suspect.',
    ['Tuesday → 2024-11-05'],
  ],
  [
    '2024-11-06',
    'The vote, previously scheduled for Monday, was put off.',
    ['Monday → 2024-11-04'],
  ],
  // "a deadline of": what is to come, also through a clock time.
  [
    '2013-03-21',
    'The government has a deadline of midnight on Monday to submit its plan.',
    ['midnight on Monday → 2013-03-25T24:00'],
  ],
  // "a Friday": some Friday, not one counted from the document date.
  [
    '2013-03-21',
    'The measure passed on a Friday in December 2011.',
    ['Friday → XXXX-WXX-5', 'December 2011 → 2011-12'],
  ],
  // A passive infinitive looks ahead: "to be shown on Sunday".
  [
    '2024-11-06',
    'She told the station, in a debate to be shown on Sunday, that she was standing.',
    ['Sunday → 2024-11-10'],
  ],
  // A reporting verb governs a weekday after it with no verb between.
  [
    '2024-11-06',
    'The mayor told a press briefing on Tuesday that the bridge might close.',
    ['Tuesday → 2024-11-05'],
  ],
  // "can" is present (the nearer April); a mistagged noun ("evidence") is no present verb.
  ['2024-12-05', 'The new members can take part in the summit in April.', ['April → 2025-04']],
  [
    '2024-04-19',
    'Prosecutors say they have collected enough evidence about the October fire to indict her.',
    ['October → 2023-10'],
  ],
])

check('named days', [
  [
    '2000-02-10',
    'The puppy was found floating on a raft last Thanksgiving.',
    ['last Thanksgiving → 1999-11-25'],
  ],
  ['2024-11-06', 'The ceasefire held over Christmas 2023.', ['Christmas 2023 → 2023-12-25']],
  ['2024-11-06', 'Rallies are planned before Election Day.', ['Election Day → 2025-11-04']],
  ['2024-05-20', 'Parades will mark Memorial Day.', ['Memorial Day → 2024-05-27']],
  ['2024-04-02', 'Pilgrims gathered on Good Friday.', ['Good Friday → 2024-03-29']],
  // Easter 2000 was Sunday, April 23: the last day of ISO week 16.
  ['2000-04-17', 'Protesters prayed as Easter week began.', ['Easter week → 2000-W16']],
])

check('durations and sets', [
  ['2024-11-06', 'The clerk was banned for three years.', ['three years → P3Y']],
  ['2024-11-06', 'Prices doubled over the past two months.', ['the past two months → P2M']],
  ['2024-11-06', 'They talked for nearly two hours.', ['nearly two hours → PT2H']],
  ['2024-11-06', 'A two-year truce was signed.', ['two-year → P2Y']],
  ['2024-11-06', 'The talks lasted 5 1/2 hours.', ['5 1/2 hours → PT5H30M']],
  ['2024-11-06', 'Three days later, the army withdrew.', ['Three days → P3D']],
  ['2024-11-06', 'Losses mounted over the past two quarters.', ['the past two quarters → P2Q']],
  ['2024-11-06', 'The siege lasted for years.', ['years → PXY']],
  ['2024-11-06', 'The crew lived on the ice for 3 1/2 years.', ['3 1/2 years → P3Y6M']],
  [
    '1998-01-14',
    'A minute and a half after the crash, a medic phoned.',
    ['A minute and a half → PT1M30S'],
  ],
  ['2024-11-06', 'The talks lasted a year and a half.', ['a year and a half → P1Y6M']],
  [
    '2005-03-01',
    'The details were printed half an hour before the speech.',
    ['half an hour → PT30M'],
  ],
  ['2005-03-01', 'It appeared in the Quarterly Farming Review.', []],
  ['2005-03-01', 'She won the heat in 11.24 seconds.', ['11.24 seconds → PT11.24S']],
  ['2024-11-06', 'The council meets every Monday.', ['every Monday → XXXX-WXX-1']],
  ['2024-11-06', 'Casualty figures are published weekly.', ['weekly → P1W']],
  ['2024-11-06', 'The board meets twice a year.', ['twice a year → P1Y']],
  ['2024-11-06', 'The company pays a quarterly dividend.', []],
  ['2024-11-06', 'Crowds gather for a daily rally.', ['daily → P1D']],
  ['2024-11-06', 'He won about three-quarters of the vote.', []],
  ['2024-11-06', "Reyes told CBS's 60 Minutes that she would stay.", []],
  ['2024-11-06', 'A 7-year-old girl was rescued.', []],
  ['2024-11-06', 'Many 11 year olds read badly.', []],
])

check('refs: now, currently, recently are never a clock time', [
  ['2024-11-06', 'Trump now becomes president-elect.', ['now → PRESENT_REF']],
  ['2024-11-06', 'About 600 troops are currently deployed.', ['currently → PRESENT_REF']],
  ['2024-11-06', 'The army recently withdrew.', ['recently → PAST_REF']],
  ['2024-11-06', 'Despite the past tensions, they met.', []],
  ['2024-11-06', 'They discussed the future of Ukraine.', ['the future → FUTURE_REF']],
  ['2024-11-06', 'It is a 2 min read.', []],
])

test('types and resolutions say what a value can claim', () => {
  const doc = run(
    'Zelensky spoke on Nov. 6, in 2019, for three years, every Monday, now, in March, in the third quarter, last week.',
    '2024-11-06',
  )
  const got = (doc.layers.timexes ?? []).map((t) => `${t.text}: ${t.type}/${t.resolution}`)
  assert.deepEqual(got, [
    'Nov. 6: DATE/day',
    '2019: DATE/year',
    'three years: DURATION/duration',
    'every Monday: SET/set',
    'now: DATE/ref',
    'March: DATE/month',
    'the third quarter: DATE/quarter',
    'last week: DATE/week',
  ])
})

test('a weekday with a part of the day is a TIME (TimeML guidelines, TimeBank); rates are sets', () => {
  const doc = run(
    'Castro spoke Wednesday night. Flights leave on Tuesday nights. Costs fell $2 million a year.',
    '2000-04-05',
  )
  const got = (doc.layers.timexes ?? []).map((t) => `${t.text}: ${t.type}/${t.value}`)
  assert.deepEqual(got, [
    'Wednesday night: TIME/2000-04-05TNI',
    'Tuesday nights: SET/XXXX-WXX-2TNI',
    'a year: SET/P1Y',
  ])
})

test('a rate after an amount is a SET, hyphenated or not', () => {
  const doc = run(
    'She will take the £85,000-a-year post; consultants cost £2.3bn a year.',
    '2005-03-01',
  )
  const got = (doc.layers.timexes ?? []).map((t) => `${t.text}: ${t.type}/${t.value}`)
  assert.deepEqual(got, ['a-year: SET/P1Y', 'a year: SET/P1Y'])
})

test('numeric dates follow the source locale', () => {
  const us = run('The ceasefire began on 12/03/2024.', '2024-11-06', 'https://www.example.com/a')
  const uk = run('The ceasefire began on 12/03/2024.', '2024-11-06', 'https://www.bbc.co.uk/a')
  assert.deepEqual(
    us.layers.timexes?.map((t) => t.value),
    ['2024-12-03'],
  )
  assert.deepEqual(
    uk.layers.timexes?.map((t) => t.value),
    ['2024-03-12'],
  )
})

test('without a document date: underspecified values and an info message', () => {
  const doc = run('Officials met on Tuesday and again in 2019.', null)
  assert.deepEqual(
    doc.layers.timexes?.map((t) => `${t.text} → ${t.value}`),
    ['Tuesday → XXXX-WXX-2', '2019 → 2019'],
  )
  assert.equal(doc.meta.documentDate, null)
  assert.ok(doc.messages.some((m) => m.code === 'time/date-unknown'))
})

test('any text: spans index the text, in order, without overlap (property)', async () => {
  const fc = await import('fast-check')
  const words = ['the', 'last', 'three', 'years', 'ago', 'Nov.', '6,', '2024', 'Tuesday', 'evening']
    .concat(['now', 'every', 'Monday', '1:09', 'a.m.', 'quarter', 'third', 'May', 'March', 'of'])
    .concat([
      'since',
      '-',
      '12/03/2024',
      'weekly',
      'two-year',
      'a',
      'few',
      'days',
      '.',
      'mid-1990s',
    ])
    .concat(['Q3', 'from', 'to', '1/2', 'half', 'é', '😀', '\n', '\n\n', 'said', 'will'])
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (list) => {
      const doc = run(list.join(' '), '2024-11-06')
      const json = toDocumentJSON(doc)
      assert.deepEqual(spanProblems(json), [])
      const timexes = json.timexes
      for (let i = 1; i < timexes.length; i++) {
        assert.ok((timexes[i]?.start ?? 0) >= (timexes[i - 1]?.end ?? 0), 'sorted, no overlap')
      }
    }),
    { numRuns: 200 },
  )
})
