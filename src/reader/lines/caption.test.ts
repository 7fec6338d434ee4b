import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseCaption } from './caption.js'

/** [outlet, line, place, date] with the document year 2024. */
const CAPTIONS: readonly [string, string, string | null, string | null][] = [
  [
    'Reuters gallery',
    'Item 1 of 3 Ministers gather for a meeting in Brussels, Belgium, March 12, 2025. REUTERS/Yves Herman/File Photo',
    null,
    '2025-03-12',
  ],
  [
    'Kyiv Independent',
    'President Volodymyr Zelensky speaks at a press conference in Kyiv, Ukraine, on Feb. 19, 2025. (Office of the President / Telegram)',
    null,
    '2025-02-19',
  ],
  [
    'Getty',
    'DENVER, COLORADO - OCTOBER 21: Senate candidate Laura Hale greets supporters at a rally at the Alder Street Hall on October 21, 2024 in Denver, Colorado.',
    'Denver, Colorado',
    '2024-10-21',
  ],
  [
    'Getty',
    'KYIV, UKRAINE - NOVEMBER 6: People walk past a damaged building on November 6, 2024 in Kyiv, Ukraine. (Photo by Ed Ram/Getty Images)',
    'Kyiv, Ukraine',
    '2024-11-06',
  ],
  [
    'Getty',
    'WASHINGTON, DC - NOVEMBER 06: Vice President Kamala Harris arrives to speak at Howard University. (Photo by Chip Somodevilla/Getty Images)',
    'Washington, DC',
    '2024-11-06',
  ],
  [
    'Getty',
    'WEST PALM BEACH, FLORIDA – NOVEMBER 06, 2024: Supporters cheer at an election night watch party.',
    'West Palm Beach, Florida',
    '2024-11-06',
  ],
  ['Getty', '(Photo by Chip Somodevilla/Getty Images)', null, null],
  ['Reuters', 'Photo: Reuters', null, null],
  ['blog', 'Photo by Anna Berg on Unsplash', null, null],
  ['blog', 'Image by jplenio from Pixabay', null, null],
  [
    'Reuters',
    'Ukrainian servicemen fire a mortar near Bakhmut, Ukraine, March 3, 2023. REUTERS/Alex Babenko',
    null,
    '2023-03-03',
  ],
  [
    'Reuters',
    'FILE PHOTO: A view shows the Kremlin in Moscow, Russia, November 6, 2024.',
    null,
    '2024-11-06',
  ],
  ['BBC', 'Image caption, Rescue workers at the site of the strike in Dnipro', null, null],
  ['BBC', 'Image source, Getty Images', null, null],
  ['BBC', 'Media caption, Watch: Crowds gather outside the parliament', null, null],
  [
    'AP',
    'FILE - President Joe Biden speaks in the East Room of the White House, Nov. 7, 2024, in Washington. (AP Photo/Susan Walsh, File)',
    null,
    '2024-11-07',
  ],
  [
    'AP',
    'This photo released by Chile’s Interior Ministry shows firefighters at the site of a warehouse fire in Valparaíso.',
    null,
    null,
  ],
  [
    'Guardian',
    'A survey found commuters spend two hours a day on trains. Photograph: Helen Marsh for the Guardian',
    null,
    null,
  ],
  [
    'Independent',
    'The ride-sharing app was pulled from the Google store after regulators said it had broken privacy rules Lena Kraus/Reuters',
    null,
    null,
  ],
  ['NPR', 'Enlarge this image toggle caption Mark Tennant/AP Mark Tennant/AP', null, null],
  ['NYT', 'Photo', null, null],
  ['DW', 'Image: Efrem Lukatsky/AP/picture alliance', null, null],
  ['dpa', 'Foto: Kay Nietfeld/dpa', null, null],
  ['Spiegel', 'Bild: picture alliance / dpa', null, null],
  [
    'France 24',
    'Ukrainian soldiers in the Donetsk region on November 5, 2024. © Ukrainian Armed Forces via AP',
    null,
    '2024-11-05',
  ],
  [
    'Al Jazeera',
    'Donald Trump speaks at an election night event in West Palm Beach, Florida [Evan Vucci/AP]',
    null,
    null,
  ],
  [
    'Al Jazeera',
    'Palestinians inspect the rubble of a house in Gaza City [File: Dawoud Abu Alkas/Reuters]',
    null,
    null,
  ],
]

/** Body sentences that mention photos or agencies and are not captions. */
const NOT_CAPTIONS: readonly string[] = [
  'The president spoke to reporters in Washington on Wednesday.',
  'Photos of the event circulated widely on social media, officials said.',
  'Reuters could not independently verify the report.',
  'The agency said the image was taken by a drone over the port.',
  'File-swappers ready new network',
  'KYIV (Reuters) — Russia launched a large drone attack on Kyiv overnight, officials said.',
]

for (const [outlet, line, place, date] of CAPTIONS) {
  test(`caption (${outlet}): ${line.slice(0, 70)}`, () => {
    const c = parseCaption(line, 2024)
    assert.ok(c, 'read as a caption')
    assert.equal(c.place, place)
    assert.equal(c.date, date)
    assert.equal(c.text, line)
  })
}

for (const line of NOT_CAPTIONS) {
  test(`not a caption: ${line}`, () => assert.equal(parseCaption(line, 2024), null))
}

test('a caption date without a year stays null when the document year is unknown', () => {
  const c = parseCaption(
    'DENVER, COLORADO - OCTOBER 21: Laura Hale greets supporters at a rally.',
    null,
  )
  assert.equal(c?.place, 'Denver, Colorado')
  assert.equal(c?.date, null)
})

test('a picture agency alone is a credit; a wire name alone is left to the byline reader', () => {
  for (const line of ['PA Media', 'EPA-EFE/Shutterstock', 'AFP via Getty Images', 'Alamy'])
    assert.ok(parseCaption(line, null), line)
  for (const line of ['Reuters', 'PA Media reported the figures on Monday', 'Getty'])
    assert.equal(parseCaption(line, null), null, line)
})
