import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_HTML_CHARS, prestrip, slimAttributes } from './prestrip.js'

describe('prestrip', () => {
  it('keeps JSON-LD aside and drops scripts, styles, comments, svg and nav', () => {
    const s = prestrip(
      '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><!-- c --><nav><a>Home</a></nav><p>Text<svg><path/></svg></p><script>evil()</script>',
    )
    assert.deepEqual(s.jsonLd, ['{"@type":"NewsArticle"}'])
    assert.equal(s.html, '<head></head><p>Text</p>')
    assert.equal(s.truncated, false)
  })
  it('keeps an untyped script holding a schema.org object as JSON-LD', () => {
    const body = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"}'
    assert.deepEqual(prestrip(`<script>${body}</script><script>var a = {}</script>`).jsonLd, [body])
  })
  it('drops an unclosed script to the end, and an unclosed comment', () => {
    assert.equal(prestrip('<p>a</p><script>var x = "<p>b</p>"').html, '<p>a</p>')
    assert.equal(prestrip('<p>a</p><!-- <p>b</p>').html, '<p>a</p>')
  })
  it('reads a comment opener inside a script as script text, not as a comment to the end', () => {
    assert.equal(prestrip('<script>document.write("<!--")</script><p>a</p>').html, '<p>a</p>')
  })
  it('leaves attributes to the parser', () => {
    const page = '<div class="c" data-x="1" style="color:red"><p>x</p></div>'
    assert.equal(prestrip(page).html, page)
  })
  it('slims idle attributes and styles for linkedom, keeps the ones Readability reads', () => {
    const s = slimAttributes(
      '<div class="c" data-x="1" onclick="f()" style="color:red" aria-label="l" aria-hidden="true"><p style="display:none">x</p></div>',
    )
    assert.equal(s, '<div class="c" aria-hidden="true"><p style="display:none">x</p></div>')
  })
  it('cuts enormous pages at a tag boundary', () => {
    const s = prestrip(`<p>${'word '.repeat(MAX_HTML_CHARS / 4)}</p><p>tail</p>`)
    assert.equal(s.truncated, true)
    assert.ok(s.html.length <= MAX_HTML_CHARS)
  })
})
