import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractBody } from './body.js'
import { P, paragraphs } from './density-testkit.js'
import { parseDocument, parseLinkedom } from './dom.js'

/** The body of a page, read by the cascade with Readability over a linkedom parse. */
function body(html: string) {
  const doc = parseDocument(html)
  assert.ok(doc)
  return extractBody(doc, () => parseLinkedom(html))
}

describe('extractBody', () => {
  it('drops author boxes and teaser cards from the article Readability reads', () => {
    // The density finder never reads into an <aside>: it finds nothing and Readability reads.
    const bio = 'Ann Lee covers city hall and transport for the paper since two thousand nine.'
    const { lines, source } = body(`<body><aside><div class="story">${paragraphs}
      <div class="author-bio"><h4>Ann Lee</h4><p>${bio}</p></div>
      <div class="teaser"><h3>Ferry timetable announced for the winter</h3></div>
    </div></aside></body>`)
    assert.equal(source, 'readability')
    assert.deepEqual(
      lines.map((l) => l.text),
      P,
    )
  })
  it("takes the density finder's pick under 700 characters when Readability's retries find no more", () => {
    // The longest of the finder's passes stands in for Readability's retries: the menu is left out.
    const { lines, source } =
      body(`<body><div class="menu"><a href="/">Home</a> <a href="/n">News</a></div>
      <div class="story">${paragraphs}</div></body>`)
    assert.equal(source, 'density')
    assert.deepEqual(
      lines.map((l) => l.text),
      P,
    )
  })
})
