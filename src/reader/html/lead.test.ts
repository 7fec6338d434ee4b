import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { P, paragraphs, readArticle } from './density-testkit.js'

const LEAD =
  'Engineers found cracks in two pillars; the crossing stays shut for at least a year and a half.'

const lines = (html: string): string[] => readArticle(html).lines

describe('findArticle: leads outside the article container', () => {
  it('takes a standfirst classed as a lead from the article header', () => {
    const got = lines(`<body><article><header><h1>Bridge closed</h1>
      <div class="article-standfirst">${LEAD}</div></header>
      <div class="article-body">${paragraphs}</div></article></body>`)
    assert.deepEqual(got, [LEAD, ...P])
  })
  it('takes a paragraph right inside the header, a few levels up, in page order', () => {
    const got = lines(`<body><main><header><h1>Bridge closed</h1><p>${LEAD}</p></header>
      <div class="row"><div class="col"><div class="text">${paragraphs}</div></div></div></main></body>`)
    assert.deepEqual(got, [LEAD, ...P])
  })
  it('takes the lead from a header skipped inside the article for its site-header class', () => {
    const got = lines(`<body><article class="post"><div class="post-header"><h2>Bridge closed</h2>
      <div class="post-lead">${LEAD}</div></div>${paragraphs}</article></body>`)
    assert.deepEqual(got, [LEAD, ...P])
  })
  it('puts a deck between two parts of the article where it stands', () => {
    const got =
      lines(`<body><article><div class="story-image">Photo of the bridge at night, seen from the east bank</div>
      <h2 class="article-deck">${LEAD}</h2>
      <div class="story-body">${paragraphs}</div></article></body>`)
    assert.ok(
      got.indexOf(LEAD) >= 0 && got.indexOf(LEAD) < got.indexOf(P[0] as string),
      got.join('|'),
    )
  })
  it('leaves out link lists, short labels, repeats and blocks named otherwise', () => {
    const got = lines(`<body><article><header><h1>Bridge closed</h1>
      <div class="intro"><a href="/a">Other story about the bridge and the council vote</a></div>
      <p class="summary">Short label</p>
      <div class="sidebar-intro">A box beside the story that tells readers about the newsletter.</div>
      <p class="lead">${LEAD}</p><p>${P[0]}</p></header>
      <div class="article-body">${paragraphs}</div></article></body>`)
    assert.deepEqual(got, [LEAD, ...P])
  })
})
