import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { blockLines } from './blocks.js'
import { parseDocument } from './dom.js'

function lines(html: string) {
  const doc = parseDocument(html)
  assert.ok(doc?.body)
  return blockLines(doc.body)
}

describe('blockLines', () => {
  it('gives one line per block and joins inline text', () => {
    const got = lines('<div><h2>Head</h2><p>One <b>bold</b> word.</p><p>Two</p></div>')
    assert.deepEqual(
      got.map((l) => l.text),
      ['Head', 'One bold word.', 'Two'],
    )
  })
  it('leaves out ruby readings: the text is read without what is printed over it', () => {
    const got = lines(
      '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby>です。</p>',
    )
    assert.deepEqual(
      got.map((l) => l.text),
      ['子どもの法律です。'],
    )
  })
  it('breaks at <br>, keeps list items and table rows apart', () => {
    const got = lines(
      '<p>a<br>b</p><ul><li>x</li><li>y</li></ul><table><tr><td>1</td><td>2</td></tr></table>',
    )
    assert.deepEqual(
      got.map((l) => l.text),
      ['a', 'b', 'x', 'y', '1 2'],
    )
  })
  it('marks figcaptions as captions', () => {
    const got = lines(
      '<figure><img src="a.jpg"><figcaption>Flooded road. Photo: AP</figcaption></figure><p>Body</p>',
    )
    assert.deepEqual(got, [
      { text: 'Flooded road. Photo: AP', caption: true, links: 0 },
      { text: 'Body', caption: false, links: 0 },
    ])
  })
  it('keeps the line breaks of pre and skips scripts and buttons', () => {
    const got = lines('<pre>x = 1\ny = 2</pre><script>alert(1)</script><button>Share</button>')
    assert.deepEqual(
      got.map((l) => l.text),
      ['x = 1', 'y = 2'],
    )
  })
  it('measures the share of linked text', () => {
    const got = lines('<p><a href="/a">Read more</a></p><p>Text with <a href="/b">a link</a></p>')
    assert.deepEqual(
      got.map((l) => [l.text, Math.round(l.links * 100) / 100]),
      [
        ['Read more', 1],
        ['Text with a link', 0.38],
      ],
    )
  })
  it('reads a div with direct text as its own line', () => {
    const got = lines('<div>Intro text<div>Inner</div>tail</div>')
    assert.deepEqual(
      got.map((l) => l.text),
      ['Intro text', 'Inner', 'tail'],
    )
  })
})
