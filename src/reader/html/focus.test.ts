import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { focusMain } from './focus.js'

const para = (n: number) => `<p>${'A sentence of article text that goes on. '.repeat(n)}</p>`

describe('focusMain', () => {
  it('keeps only the <main> branch when it holds the paragraph text', () => {
    const doc = parseDocument(
      `<body><header><p>Menu</p></header><div><main>${para(20)}</main><aside><p>Teaser</p></aside></div><footer><p>Footer</p></footer></body>`,
    )
    assert.ok(doc?.body)
    assert.ok(focusMain(doc))
    const text = doc.body.textContent ?? ''
    assert.ok(!text.includes('Menu') && !text.includes('Teaser') && !text.includes('Footer'), text)
    assert.ok(text.includes('article text'))
  })
  it('leaves the page alone when the text is outside <main>', () => {
    const doc = parseDocument(`<body><main><p>Short</p></main><div>${para(20)}</div></body>`)
    assert.ok(doc?.body)
    assert.equal(focusMain(doc), null)
    assert.ok((doc.body.textContent ?? '').includes('Short'))
  })
  it('does nothing with several articles', () => {
    const doc = parseDocument(
      `<body><article>${para(20)}</article><article>${para(20)}</article></body>`,
    )
    assert.ok(doc)
    assert.equal(focusMain(doc), null)
  })
})
