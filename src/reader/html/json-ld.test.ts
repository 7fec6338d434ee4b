import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readJsonLd } from './json-ld.js'

describe('readJsonLd', () => {
  it('reads a NewsArticle with an author object and a publisher', () => {
    const a = readJsonLd([
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam opens","datePublished":"2024-11-06T08:00:00+01:00","author":{"@type":"Person","name":"Ann Lee","url":"https://x.org/ann"},"publisher":{"@type":"Organization","name":"Daily Post"}}',
    ])
    assert.equal(a?.headline, 'Dam opens')
    assert.deepEqual(a?.authors, ['Ann Lee'])
    assert.equal(a?.datePublished, '2024-11-06T08:00:00+01:00')
    assert.equal(a?.publisher, 'Daily Post')
  })
  it('finds the article inside @graph and resolves @id references', () => {
    const a = readJsonLd([
      JSON.stringify({
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Blog' },
          { '@type': 'Person', '@id': '#p1', name: 'Bo Chen' },
          {
            '@type': ['Article'],
            headline: 'Notes',
            author: { '@id': '#p1' },
            publisher: { '@id': '#site' },
          },
        ],
      }),
    ])
    assert.equal(a?.headline, 'Notes')
    assert.deepEqual(a?.authors, ['Bo Chen'])
    assert.equal(a?.publisher, 'Blog')
  })
  it('prefers the article node in a top-level array and reads author arrays', () => {
    const a = readJsonLd([
      '[{"@type":"BreadcrumbList"},{"@type":"ReportageNews","headline":"Floods","author":["Ann Lee",{"name":"Bo Chen"}]}]',
    ])
    assert.equal(a?.headline, 'Floods')
    assert.deepEqual(a?.authors, ['Ann Lee', 'Bo Chen'])
  })
  it('survives raw line breaks inside strings and broken blocks', () => {
    const a = readJsonLd(['{"@type":"BlogPosting","headline":"Two\nlines"}', '{broken'])
    assert.equal(a?.headline, 'Two lines')
  })
  it('gives null without an article', () => {
    assert.equal(readJsonLd(['{"@type":"Organization","name":"X"}']), null)
    assert.equal(readJsonLd([]), null)
  })
})
