import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { decodeReferences, parseTree, type TreeElement, TreeText } from './tree.js'

/** The body of a framed page. */
const body = (html: string) => parseTree(`<html><head></head><body>${html}</body></html>`).body

/** A compact outline: `tag(children)` for elements, `"text"` for text. */
function outline(el: TreeElement): string {
  return Array.from(el.childNodes, (n) =>
    n instanceof TreeText ? JSON.stringify(n.textContent) : `${n.localName}(${outline(n)})`,
  ).join(' ')
}

/** Every node's parent links back to the element that holds it; `children` are its elements. */
function checkLinks(el: TreeElement): void {
  const elements = el.childNodes.filter((n): n is TreeElement => !(n instanceof TreeText))
  assert.deepEqual(el.children, elements)
  for (const n of el.childNodes) {
    assert.equal(n.parentNode, el)
    if (!(n instanceof TreeText)) checkLinks(n)
  }
}

describe('parseTree: structure', () => {
  it('finds the document element, head and body', () => {
    const doc = parseTree(
      '<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><p>x</p></body></html>',
    )
    assert.equal(doc.documentElement.getAttribute('lang'), 'de')
    assert.equal(doc.head?.tagName, 'HEAD')
    assert.equal(outline(doc.body), 'p("x")')
  })
  it('gives an empty body to a page without one', () => {
    const doc = parseTree('<html><head><title>T</title></head></html>')
    assert.equal(doc.body.tagName, 'BODY')
    assert.equal(doc.body.childNodes.length, 0)
  })
  it('finds the head and body of a page without an html tag, though one is nested in the body', () => {
    const doc = parseTree(
      '<!DOCTYPE html><head><title>T</title></head><body><p>a</p><html><body><p>b</p></body></html></body>',
    )
    assert.equal(doc.documentElement.tagName, 'HTML')
    assert.equal(doc.head?.tagName, 'HEAD')
    assert.equal(outline(doc.body), 'p("a") html(body(p("b")))')
  })
  it("closes an open heading at another heading's end tag, as browsers do", () => {
    assert.equal(outline(body('<h2>Lead</h3><p>Text</p>')), 'h2("Lead") p("Text")')
    assert.equal(outline(body('<h1>A<h3>B</h2>C</h1>')), 'h1("A" h3("B") "C")')
  })
  it('closes elements an open tag implies: p by a block, li by li, td by td', () => {
    assert.equal(outline(body('<p>One<p>Two<div>Three</div>')), 'p("One") p("Two") div("Three")')
    assert.equal(outline(body('<ul><li>a<li>b</ul>')), 'ul(li("a") li("b"))')
    assert.equal(
      outline(body('<table><tr><td>1<td>2<tr><td>3</table>')),
      'table(tr(td("1") td("2")) tr(td("3")))',
    )
  })
  it('closes unclosed children at their parent end tag, ignores stray end tags', () => {
    assert.equal(outline(body('<div><span><b>x</div>y')), 'div(span(b("x"))) "y"')
    assert.equal(outline(body('<div>a</span>b</div>')), 'div("ab")')
  })
  it('reads a lone </p> as an empty paragraph and </br> as a line break', () => {
    assert.equal(outline(body('a</p>b</br>c')), '"a" p() "b" br() "c"')
  })
  it('gives void elements no children and ignores self-closing slashes elsewhere', () => {
    assert.equal(outline(body('<p>a<br>b<img src=x>c<hr/>d')), 'p("a" br() "b" img() "c") hr() "d"')
    assert.equal(outline(body('<div/>in</div>out')), 'div("in") "out"')
  })
  it('keeps the text of script and style raw up to their end tag, "<" and "</div>" included', () => {
    const b = body('<script>if (a<b) w("</div>")</script><style>p>a{}</style><p>x</p>')
    assert.equal(outline(b), 'script("if (a<b) w(\\"</div>\\")") style("p>a{}") p("x")')
  })
  it('decodes references in title and textarea but reads no tags there', () => {
    const doc = parseTree('<html><head><title>A &amp; <b>B</title></head><body></body></html>')
    assert.equal(doc.head?.children[0]?.textContent, 'A & <b>B')
  })
  it('drops comments, CDATA sections, doctypes and processing instructions', () => {
    assert.equal(
      outline(body('a<!-- <p>hidden</p> -->b<![CDATA[ x<y ]]>c<?php echo 1 ?>d<!x>e')),
      '"abcde"',
    )
  })
  it('lets an unclosed comment run to the end', () => {
    assert.equal(outline(body('a<!-- <p>never</p>')), '"a"')
  })
  it('reads a "<" that opens no tag as text', () => {
    assert.equal(outline(body('a < b <3 c<')), '"a < b <3 c<"')
  })
  it('survives a tag cut at the end of the input', () => {
    const b = parseTree('<html><body><p>x</p><div class="a')
    assert.equal(b.body.textContent, 'x')
  })
})

describe('parseTree: attributes', () => {
  it('reads double, single and unquoted values and bare names; names in any case', () => {
    const [el] = body(`<div CLASS="a b" id='main' data-x=1 hidden title = "t">x</div>`).children
    assert.ok(el)
    assert.equal(el.getAttribute('class'), 'a b')
    assert.equal(el.getAttribute('id'), 'main')
    assert.equal(el.getAttribute('data-x'), '1')
    assert.equal(el.getAttribute('hidden'), '')
    assert.equal(el.getAttribute('title'), 't')
    assert.equal(el.getAttribute('style'), null)
  })
  it('keeps the first of a repeated attribute; a ">" inside quotes does not end the tag', () => {
    const [el] = body('<a href="/a>b" href="/c">x</a>').children
    assert.equal(el?.getAttribute('href'), '/a>b')
    assert.equal(el?.textContent, 'x')
  })
  it('decodes references in values, but not a legacy name followed by "="', () => {
    const [el] = body('<a title="Fish &amp; chips" href="?a=1&copy=2&amp;b">x</a>').children
    assert.equal(el?.getAttribute('title'), 'Fish & chips')
    assert.equal(el?.getAttribute('href'), '?a=1&copy=2&b')
  })
})

describe('decodeReferences', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    assert.equal(decodeReferences('&lt;&eacute;&rsquo;&#8217;&#x2019;&euro;'), '<é’’’€')
  })
  it('reads C1 codes as Windows-1252, as browsers do', () => {
    assert.equal(decodeReferences('a &#150; b &#147;c&#148;'), 'a – b “c”')
  })
  it('decodes legacy names without their semicolon in text', () => {
    assert.equal(decodeReferences('a&nbspb &copy2024 &amp'), 'a\u00a0b ©2024 &')
  })
  it('leaves unknown names, bad code points and bare ampersands alone or replaced', () => {
    assert.equal(decodeReferences('AT&T &foo; &#0; &#x110000; & x'), 'AT&T &foo; \ufffd \ufffd & x')
  })
  it('does not read names from the object prototype', () => {
    assert.equal(decodeReferences('&constructor; &toString;'), '&constructor; &toString;')
  })
})

describe('parseTree: DOM surface', () => {
  const doc = parseTree(
    '<html><body><main role="main"><p class=a>One</p><div><p>Two</p></div></main><aside><p>Three</p></aside></body></html>',
  )
  it('answers tag, attribute and "*" selectors in page order', () => {
    assert.deepEqual(
      Array.from(doc.querySelectorAll('p'), (p) => p.textContent),
      ['One', 'Two', 'Three'],
    )
    assert.equal(doc.querySelectorAll('main, [role="main"]').length, 1)
    assert.equal(doc.querySelector('[class="a"]')?.textContent, 'One')
    assert.equal(doc.querySelectorAll('*').length, 8)
    assert.equal(doc.getElementsByTagName('P').length, 3)
    assert.throws(() => doc.querySelectorAll('main > p'), /unsupported selector/)
  })
  it('removes an element from its parent', () => {
    const d = parseTree('<html><body><p>a</p><aside>b</aside><p>c</p></body></html>')
    d.querySelector('aside')?.remove()
    assert.equal(d.body.textContent, 'ac')
    assert.equal(d.body.children.length, 2)
  })
})

describe('parseTree: never hangs or crashes', () => {
  it('handles 100,000 nested elements and as many stray end tags', () => {
    const deep = `${'<div>'.repeat(100_000)}x${'</span>'.repeat(100_000)}${'</div>'.repeat(100_000)}`
    const doc = parseTree(`<html><body>${deep}</body></html>`)
    assert.equal(doc.body.textContent, 'x')
  })
  it('builds a consistent tree from any string of HTML-ish pieces', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '-',
      '?',
      '&',
      ';',
      '#',
      '"',
      "'",
      '=',
      ' ',
      'p',
      'div',
      'li',
      'td',
      'br',
      'script',
      'title',
      '<!--',
      '-->',
      '<![CDATA[',
      'amp',
      'x1',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const doc = parseTree(parts.join(''))
        checkLinks(doc.documentElement)
        assert.equal(typeof doc.body.textContent, 'string')
      }),
      { numRuns: 2000, seed: 11 },
    )
  })
})
