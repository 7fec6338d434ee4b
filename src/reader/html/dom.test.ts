import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument, parseLinkedom } from './dom.js'

const ARTICLE = '<article><p>The council voted to rebuild the bridge.</p></article>'

describe('parseDocument', () => {
  it('reads the body of a page whose <html> opens with meta tags, without a <head>', () => {
    const doc = parseDocument(
      `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>T</title><body>${ARTICLE}</body></html>`,
    )
    assert.equal(doc?.body?.textContent, 'The council voted to rebuild the bridge.')
    assert.equal(doc?.documentElement?.getAttribute('lang'), 'en')
  })
  it('reads the page of an <html> that server warnings precede', () => {
    const doc = parseDocument(
      `<br />\n<b>Warning</b>: in x.php on line 3<br />\n<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${ARTICLE}</body></html>`,
    )
    assert.equal(doc?.documentElement?.tagName, 'HTML')
    assert.equal(doc?.body?.textContent, 'The council voted to rebuild the bridge.')
  })
  it('frames a fragment as linkedom does for Readability', () => {
    for (const parse of [parseDocument, parseLinkedom]) {
      const doc = parse(`<p>One</p><p>Two</p>`)
      assert.equal(doc?.body?.children.length, 2, parse.name)
    }
  })
})
