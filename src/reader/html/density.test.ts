import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { blockLines } from './blocks.js'
import { ALL_RULES, articleFinder, type FindFlags, findArticle, RETRIES } from './density.js'
import { P, paragraphs, readArticle } from './density-testkit.js'
import { parseDocument } from './dom.js'

const read = readArticle

describe('findArticle', () => {
  it('picks the container of the paragraphs over menus, sidebars and comments', () => {
    const { lines, found } = read(`<body>
      <div class="menu"><a href="/">Home</a> <a href="/news">News, politics, sport</a></div>
      <div class="sidebar"><p>Most read: a story, another story, and a third one here.</p></div>
      <div class="story">${paragraphs}</div>
      <div class="comments"><p>I think so too, really, yes, indeed, of course, right.</p></div>
    </body>`)
    assert.deepEqual(lines, P)
    assert.equal(found.parts.length, 1)
    assert.ok(found.chars > 300)
  })
  it('drops link lists, share bars and hidden parts inside the article', () => {
    const { lines } = read(`<body><div class="article">${paragraphs}
      <div class="share"><a href="#">Share on social media</a> <a href="#">Print this</a></div>
      <div><a href="/a">Other story one</a> <a href="/b">Other story two</a> <a href="/c">Three</a></div>
      <p style="display:none">Hidden text that a reader never sees on the page.</p>
    </div></body>`)
    assert.deepEqual(lines, P)
  })
  it('keeps a lead paragraph that sits beside the article container', () => {
    const lead = 'A short summary of the story that stands above the body, with no links at all.'
    const { lines } = read(
      `<body><div class="wrap"><div class="lead"><p>${lead}</p></div><div class="body">${paragraphs}</div></div></body>`,
    )
    assert.deepEqual(lines, [lead, ...P])
  })
  it('widens to the common ancestor of an article split into several blocks', () => {
    const block = (i: number) =>
      `<div class="block"><p>${P[i]} ${P[(i + 1) % 4]}</p><p>${P[(i + 2) % 4]}</p></div>`
    const { lines } = read(
      `<body><div id="a">${block(0)}<div class="ad">Advert</div>${block(1)}${block(2)}${block(3)}</div></body>`,
    )
    assert.equal(lines.length, 8)
  })
  it('drops picture captions: figcaptions and short blocks classed as captions', () => {
    const { lines } = read(`<body><div class="story"><p>${P[0]}</p>
      <figure><img src="a.jpg"><figcaption>The old bridge at dusk. Photo: Ann Lee</figcaption></figure>
      <p>${P[1]}</p><div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Cracks in a pillar.</p></div>
      <p>${P[2]}</p><p>${P[3]}</p></div></body>`)
    assert.deepEqual(lines, P)
  })
  it('drops a box about the author inside the article', () => {
    const { lines } = read(`<body><article>${paragraphs}
      <section class="author-bio"><p>Ann Lee covers city hall, transport and housing for the paper.</p></section>
    </article></body>`)
    assert.deepEqual(lines, P)
  })
  it('drops a newsletter sign-up box inside the article', () => {
    const { lines } = read(`<body><article>${paragraphs}
      <div class="newsletter-box"><p>Get the best of the city in your inbox every Friday morning.</p></div>
    </article></body>`)
    assert.deepEqual(lines, P)
  })
  it('drops teaser cards of other articles but keeps a lead classed as a teaser', () => {
    const lead =
      'The bridge closes on Monday; a ferry will carry people across the river until it opens again.'
    const { lines } = read(`<body><article><p class="teaser-text">${lead}</p>${paragraphs}
      <div class="teaser"><h3>Ferry prices will rise for commuters next month</h3></div>
      <p class="teaser"><a href="/x">Council votes on the budget: what the plan means for the east bank</a></p>
    </article></body>`)
    assert.deepEqual(lines, [lead, ...P])
  })
  it('drops a nested article that is a linked card, keeps one that is text', () => {
    const box = 'The bridge was built in 1911, and it has carried trams, carts and cars since then.'
    const { lines } = read(`<body><div class="story">${paragraphs}
      <article><h3>Explainer</h3><p>${box}</p></article>
      <article><h3><a href="/y">Other news</a></h3><a href="/y">A story about a different town.</a></article>
    </div></body>`)
    assert.deepEqual(lines, [...P, 'Explainer', box])
  })
  it('joins rows of one class when the article column is alone in its row', () => {
    const row = (ps: readonly string[], column: string) =>
      `<div class="row"><div class="${column}">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div>`
    // The second row holds most of the text: its column is the best candidate, alone in its row.
    const rest = [...P.slice(1), ...P, ...P, ...P, ...P]
    const { lines } = read(
      `<body>${row(P.slice(0, 1), 'column first')}<div class="row ad"><div class="column"></div></div>${row(rest, 'column')}</body>`,
    )
    assert.deepEqual(lines, [P[0], ...rest])
  })
  it("Readability's retries: unlikely-stripping off reads an article in a block classed as a header", () => {
    const doc = parseDocument(
      `<body><div class="header-wrap"><div class="story">${paragraphs}</div></div></body>`,
    )
    assert.ok(doc?.body)
    assert.equal(findArticle(doc.body), null)
    const found = findArticle(doc.body, RETRIES[0])
    assert.ok(found)
    assert.deepEqual(
      found.parts.flatMap((p) => blockLines(p, found.skip)).map((l) => l.text),
      P,
    )
  })
  it("Readability's retries: class weights off keep paragraphs in blocks classed as media", () => {
    const media = P.map((p) => `<div class="media-box"><p>${p}</p></div>`).join('')
    const doc = parseDocument(`<body><div class="story">${media}</div></body>`)
    assert.ok(doc?.body)
    const text = (flags?: (typeof RETRIES)[number]) => {
      const found = findArticle(doc.body as never, flags)
      return found ? found.parts.flatMap((p) => blockLines(p, found.skip)).map((l) => l.text) : []
    }
    assert.notDeepEqual(text(RETRIES[0]), P)
    assert.deepEqual(text(RETRIES[1]), P)
  })
  it("Readability's retries: conditional cleaning off keeps paragraphs rich in links", () => {
    const linked = P.map(
      (p) => `<div><p><a href="/x">${p.slice(0, 60)}</a>${p.slice(60)}</p></div>`,
    ).join('')
    const doc = parseDocument(`<body><div class="story">${linked}</div></body>`)
    assert.ok(doc?.body)
    const text = (flags?: (typeof RETRIES)[number]) => {
      const found = findArticle(doc.body as never, flags)
      return found ? found.parts.flatMap((p) => blockLines(p, found.skip)).map((l) => l.text) : []
    }
    assert.notDeepEqual(text(RETRIES[1]), P)
    assert.deepEqual(text(RETRIES[2]), P)
  })
  it('one finder serves every pass: a walk that stripped a block is not reused without stripping', () => {
    const doc = parseDocument(
      `<body><div class="header-wrap"><div class="story">${paragraphs}</div></div></body>`,
    )
    assert.ok(doc?.body)
    const find = articleFinder(doc.body)
    assert.equal(find(ALL_RULES), null)
    const found = find(RETRIES[0] as FindFlags)
    assert.ok(found)
    assert.deepEqual(
      found.parts.flatMap((p) => blockLines(p, found.skip)).map((l) => l.text),
      P,
    )
    // The class weights matter after the shared walk too: weights on, the media boxes lose.
    const media = P.map((p) => `<div class="media-box"><p>${p}</p></div>`).join('')
    const page = parseDocument(`<body><div class="story">${media}</div></body>`)
    assert.ok(page?.body)
    const again = articleFinder(page.body)
    const text = (flags: FindFlags) => {
      const f = again(flags)
      return f ? f.parts.flatMap((p) => blockLines(p, f.skip)).map((l) => l.text) : []
    }
    assert.notDeepEqual(text(RETRIES[0] as FindFlags), P)
    assert.deepEqual(text(RETRIES[1] as FindFlags), P)
  })
  it('finds nothing on a page without text', () => {
    const doc = parseDocument('<body><div><a href="/">Home</a></div></body>')
    assert.ok(doc?.body)
    assert.equal(findArticle(doc.body), null)
  })
})
