import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { collectMarkup } from './markup.js'

const markupOf = (html: string) => {
  const doc = parseDocument(html)
  assert.ok(doc, 'the page parses')
  return collectMarkup(doc)
}
const texts = (els: readonly { textContent: string | null }[]) =>
  els.map((e) => (e.textContent ?? '').trim())

describe('collectMarkup', () => {
  it('gathers meta tags by every key, in page order, head and body', () => {
    const m = markupOf(
      '<head><meta property="og:title article:title" content=" Bridge closed "><meta name="author" content="Ann Lee"></head><body><meta itemprop="author" content="Bo Chen"></body>',
    )
    assert.deepEqual(m.metas.get('og:title'), ['Bridge closed'])
    assert.deepEqual(m.metas.get('article:title'), ['Bridge closed'])
    assert.deepEqual(m.metas.get('author'), ['Ann Lee', 'Bo Chen'])
  })
  it('finds the title, h1s, author markup, bylines and dated elements', () => {
    const m = markupOf(
      '<head><title>Page</title></head><body><h1>Headline</h1><span itemprop="author creator">Ann Lee</span><a rel="author" href="/a">Bo Chen</a><div class="post-byline">By Ann Lee</div><time datetime="2024-11-06">Nov. 6</time><span class="entry-date">6.11.2024</span><time>yesterday</time><span itemprop="datePublished" content="2024-11-06"></span></body>',
    )
    assert.equal(m.title?.textContent, 'Page')
    assert.deepEqual(texts(m.h1s), ['Headline'])
    assert.deepEqual(texts(m.authorMarkup), ['Ann Lee', 'Bo Chen'])
    assert.deepEqual(texts(m.bylines), ['By Ann Lee'])
    assert.deepEqual(texts(m.times), ['Nov. 6'])
    assert.deepEqual(texts(m.dated), ['Nov. 6', '6.11.2024', 'yesterday'])
    assert.equal(m.published.length, 1)
  })
  it('finds a byline no class names soon after the h1, not before it, not in running text', () => {
    const m = markupOf(
      '<body><p>By Site Staff</p><h1>Headline</h1><p class="x">VON <a href="/a">JANA BERG</a> am 3. Mai</p><p>Text about a bridge.</p><p>by the river</p></body>',
    )
    assert.deepEqual(texts(m.prefixed), ['VON JANA BERG am 3. Mai'])
  })
  it('reads elements before a stray <html> (text printed before the page)', () => {
    const m = markupOf(
      '<b>Warning</b>: error<br>\n<!DOCTYPE html><html><head><title>Page</title><meta name="author" content="Ann Lee"></head><body><p>x</p></body></html>',
    )
    assert.deepEqual(m.metas.get('author'), ['Ann Lee'])
    assert.equal(m.title?.textContent, 'Page')
  })
})
