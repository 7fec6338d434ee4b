import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readHtml } from './html-reader.js'

const P1 =
  'The city council voted on Tuesday to close the old bridge over the river after engineers found deep cracks in two of its pillars.'
const P2 =
  'Repairs are expected to take at least eighteen months, the mayor said, and a ferry service will run in the meantime for commuters.'
const P3 =
  'Residents of the east bank said they had warned the council about the state of the bridge for years before anything was done.'

function page(head: string, article: string, htmlAttrs = ''): string {
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="main"><article>${article}</article></div>
<footer><p>Copyright 2024 Daily Post. All rights reserved. Impressum. Datenschutz.</p></footer>
</body></html>`
}

const codes = (r: { messages: readonly { code: string }[] }) => r.messages.map((m) => m.code)

describe('readHtml: body', () => {
  it('keeps the article paragraphs apart and drops navigation and footer', () => {
    const r = readHtml(
      page(
        '<title>Bridge closed | Daily Post</title>',
        `<h1>Bridge closed</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
      ),
      null,
    )
    assert.ok(r.text.includes(P1) && r.text.includes(P2) && r.text.includes(P3), r.text)
    assert.ok(!r.text.includes('Copyright'), r.text)
    assert.ok(!/\bSport\b/.test(r.text), r.text)
    assert.equal(r.paragraphs.length >= 3, true)
    for (const p of r.paragraphs) assert.ok(r.text.slice(p.start, p.end).trim() !== '')
  })
  it('leaves picture captions out of a short article read by Readability', () => {
    const caption = 'Engineers inspect the cracked pillar on Monday morning, before the vote.'
    const r = readHtml(
      page(
        '<title>Bridge closed</title>',
        `<h1>Bridge closed</h1><p>${P1}</p><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${P2}</p><p>${P3}</p>`,
      ),
      null,
    )
    assert.ok(r.text.includes(P1) && r.text.includes(P3), r.text)
    assert.ok(!r.text.includes('cracked pillar'), r.text)
    assert.deepEqual(
      r.captions.map((c) => c.text),
      [caption],
    )
  })
  it('drops a box of related links inside a short article', () => {
    const body = `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a></nav></header>
<main><article>
<h1>Dockworkers vote to strike at three ports</h1>
<div class="byline">By <a href="/author/priya">Priya Raman</a>, Industry correspondent · <time datetime="2026-06-09T07:45:00+01:00">9 June 2026</time></div>
<figure><img src="a.jpg"><figcaption>Cranes at the port of Felixstowe on Monday. Photograph: Joe Briggs/PA</figcaption></figure>
<p>Dockworkers at three of Britain's busiest ports have voted to strike over pay, the Unite union said on Tuesday, threatening weeks of disruption to trade.</p>
<p>The union said 88% of members who took part in the ballot backed walkouts at Felixstowe, Southampton and Tilbury. Dates for the action have yet to be announced.</p>
<div class="related"><h3>Related</h3><ul><li><a href="/x">Port traffic hits record</a></li><li><a href="/y">Shipping rates fall</a></li></ul></div>
<p>"Our members keep this country's shelves stocked, and they will not accept another real-terms pay cut," said Unite's general secretary, Karen Hollis.</p>
<p>The port operators said they were "disappointed" by the result and urged the union to return to talks. A spokesperson for the Port Employers' Association said an offer of 5% remained on the table.</p>
<p>Business groups warned that a strike would hit exporters already struggling with higher shipping costs.</p>
<aside class="newsletter">Sign up for our daily briefing</aside>
</article></main>
<footer>© 2026 Harbour Times. All rights reserved.</footer>`
    const r = readHtml(page('<title>Dockworkers vote to strike at three ports</title>', body), null)
    assert.ok(r.text.includes('Dockworkers at') && r.text.includes('shipping costs'), r.text)
    assert.ok(!r.text.includes('Port traffic') && !r.text.includes('Shipping rates'), r.text)
  })
  it('keeps the captions of the pictures beside the text container, with their date', () => {
    const caption =
      'KYIV, UKRAINE - MARCH 3: Engineers inspect the cracked pillar. (AP Photo/Ann Lee)'
    const r = readHtml(
      page(
        '<title>Bridge closed</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
        `<h1>Bridge closed</h1><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><div class="story-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1}</p><p>${P2}</p></div>`,
      ),
      null,
    )
    assert.ok(r.text.includes(P1) && !r.text.includes('cracked pillar'), r.text)
    assert.deepEqual(r.captions, [{ text: caption, place: 'Kyiv, Ukraine', date: '2024-03-03' }])
  })
  it('never runs or keeps injected scripts, and keeps escaped markup as text', () => {
    const article = `<p>${P1}</p><script>document.write("INJECTED")</script><p>${P2} &lt;script&gt;x&lt;/script&gt;</p><p>${P3}</p>`
    const r = readHtml(page('<title>T</title>', article), null)
    assert.ok(!r.text.includes('INJECTED'))
    assert.ok(r.text.includes('<script>x</script>'), r.text)
  })
  it('reads a fragment without <html> or <body>', () => {
    const r = readHtml(`<p>${P1}</p><p>${P2}</p>`, null)
    assert.ok(r.text.includes(P1) && r.text.includes(P2), r.text)
  })
  it('survives truncated HTML', () => {
    const html = page('<title>T</title>', `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`)
    for (const cut of [10, 100, 400, html.length - 30]) {
      const r = readHtml(html.slice(0, cut), null)
      assert.equal(typeof r.text, 'string')
    }
    const r = readHtml(`<html><body><article><p>${P1}</p><p>${P2}<div><span class="x`, null)
    assert.ok(r.text.includes(P1), r.text)
  })
  it('gives an empty body with a message for an empty page', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      '<html><head><title>x</title></head></html>',
    ]) {
      const r = readHtml(html, null)
      assert.equal(r.text, '')
      assert.ok(codes(r).includes('reader/no-body'), `${html}: ${codes(r)}`)
    }
  })
  it('falls back with html/no-article when no article stands out', () => {
    const r = readHtml('<html><body><span>Just a short line</span></body></html>', null)
    assert.ok(codes(r).includes('html/no-article'), String(codes(r)))
  })
  it('does not crash on garbage', () => {
    for (const html of [
      '<<<>>>',
      '<p',
      '\u0000\u0001<div>',
      '<!-- never closed',
      '<script>var a = 1',
      '<svg><p>x',
    ]) {
      assert.equal(typeof readHtml(html, 'not a url').text, 'string')
    }
  })
  it('cuts enormous pages and says so', () => {
    const big = page(
      '<title>T</title>',
      `<p>${P1}</p>${'<div><span>filler text</span></div>'.repeat(60_000)}`,
    )
    const r = readHtml(big, null)
    assert.ok(codes(r).includes('input/truncated'), String(codes(r)))
  })
})

describe('readHtml: metadata', () => {
  it('reads JSON-LD first', () => {
    const head = `<title>Site title</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge closed after cracks found","datePublished":"2024-11-05T22:30:00-05:00","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],"publisher":{"@type":"Organization","name":"Daily Post"}}</script>`
    const r = readHtml(
      page(head, `<h1>Bridge closed after cracks found</h1><p>${P1}</p><p>${P2}</p>`),
      'https://dailypost.example/2024/11/01/bridge',
    )
    assert.equal(r.meta.title, 'Bridge closed after cracks found')
    assert.deepEqual(r.meta.authors, ['Ann Lee', 'Bo Chen'])
    assert.equal(r.meta.published, '2024-11-05T22:30:00-05:00')
    assert.equal(r.meta.documentDate, '2024-11-05')
    assert.equal(r.meta.site, 'Daily Post')
  })
  it('reads OpenGraph and article:* tags, skipping author URLs', () => {
    const head = `<meta property="og:title" content="Bridge closed"><meta property="og:site_name" content="Daily Post">
<meta property="article:published_time" content="2024-11-06T09:00:00+01:00"><meta property="article:author" content="https://facebook.com/annlee">
<meta name="author" content="Ann Lee">`
    const r = readHtml(page(head, `<p>${P1}</p><p>${P2}</p>`), null)
    assert.equal(r.meta.title, 'Bridge closed')
    assert.equal(r.meta.site, 'Daily Post')
    assert.equal(r.meta.published, '2024-11-06T09:00:00+01:00')
    assert.deepEqual(r.meta.authors, ['Ann Lee'])
  })
  it('reads a byline and a <time datetime> in the article', () => {
    const article = `<header><h1>Bridge closed</h1><p class="byline">By Ann Lee and Bo Chen, Staff Writers</p><time datetime="2024-11-06">Nov. 6</time></header><p>${P1}</p><p>${P2}</p><p>${P3}</p>`
    const r = readHtml(
      page('<title>Bridge closed - Daily Post</title>', article),
      'https://www.dailypost.example/a/b',
    )
    assert.deepEqual(r.meta.authors, ['Ann Lee', 'Bo Chen'])
    assert.equal(r.meta.documentDate, '2024-11-06')
    assert.equal(r.meta.title, 'Bridge closed')
    assert.equal(r.meta.site, 'dailypost.example')
    assert.ok(!r.text.includes('By Ann Lee'), r.text)
  })
  it('reads the site and URL date from og:url when no URL is given', () => {
    const head =
      '<meta property="og:url" content="https://www.dailypost.example/2024/11/06/bridge">'
    const r = readHtml(page(head, `<p>${P1}</p><p>${P2}</p>`), null)
    assert.equal(r.meta.site, 'dailypost.example')
    assert.equal(r.meta.documentDate, '2024-11-06')
  })
  it('takes the date from the URL when the page has none', () => {
    const r = readHtml(
      page('<title>T</title>', `<p>${P1}</p><p>${P2}</p>`),
      'https://x.example/2019/08/02/story/',
    )
    assert.equal(r.meta.documentDate, '2019-08-02')
  })
  it('reads the declared language, else detects it', () => {
    const de = readHtml(page('<title>T</title>', `<p>${P1}</p>`, ' lang="de-AT"'), null)
    assert.equal(de.meta.language, 'de')
    const text =
      'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss zu schließen, nachdem Ingenieure tiefe Risse in zwei Pfeilern gefunden hatten. Die Reparatur wird mindestens achtzehn Monate dauern.'
    const detected = readHtml(page('<title>T</title>', `<p>${text}</p>`), null)
    assert.equal(detected.meta.language, 'de')
  })
})
