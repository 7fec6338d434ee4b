import assert from 'node:assert/strict'
import { blockLines } from './blocks.js'
import { type DenseArticle, findArticle } from './density.js'
import { parseDocument } from './dom.js'

/** Four paragraphs of one short news story, for tests of the article finder. */
export const P: readonly string[] = [
  'The city council voted on Tuesday to close the old bridge, after engineers found deep cracks in two of its pillars.',
  'Repairs are expected to take at least eighteen months, the mayor said, and a ferry will run in the meantime.',
  'Residents of the east bank said they had warned the council, in letters and at meetings, for years.',
  'The regional government has promised to pay half of the cost, though it has not said when the money will come.',
]

/** {@link P} as HTML paragraphs. */
export const paragraphs = P.map((p) => `<p>${p}</p>`).join('')

/** The article the finder picks in a page, and the text lines it reads from it. */
export function readArticle(html: string): { found: DenseArticle; lines: string[] } {
  const doc = parseDocument(html)
  assert.ok(doc?.body)
  const found = findArticle(doc.body)
  assert.ok(found)
  return { found, lines: found.parts.flatMap((p) => blockLines(p, found.skip)).map((l) => l.text) }
}
