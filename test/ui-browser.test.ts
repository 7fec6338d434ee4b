/**
 * The web UI in a real browser: headless Chromium (Debian's package) driven by playwright-core,
 * over the demo corpus served on a random loopback port. Search, an article and its highlights,
 * an entity, the pair page and its chart, stories, live reading; markup and script injected
 * through every field of an article must show as text. Screenshots go to test/artifacts/.
 * Skips when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { BrowserContext, Page } from 'playwright-core'
import { type Running, startServer } from '../src/http/serve.js'
import { REPO_ROOT } from './helpers/shared.js'
import { demoStore } from './http-fixture.js'

const CHROMIUM = '/usr/bin/chromium'
const SKIP = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is absent: install Debian's chromium package to run the browser tests`
const ARTIFACTS = join(REPO_ROOT, 'test/artifacts')
const TOKEN = 'ui-test-token'

// Markup and script in every field a user can control; none of it may run or become elements.
const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
const EVIL_TEXT = [
  `<b>Breaking</b> ${EVIL}`,
  '',
  `KYIV (Evil Wire) — Ukrainian President Volodymyr Zelensky said on Monday, March 3, 2025 that ` +
    `<i>talks</i> with Donald Trump would resume. "<svg onload=window.__pwned=3>We want peace` +
    `</svg>," Zelensky said in a statement on <a href="javascript:window.__pwned=4">Telegram</a>.`,
  '',
  `Trump criticized Zelensky <iframe src="javascript:window.__pwned=5"></iframe> on Tuesday.`,
].join('\n')
const EVIL_HTML =
  `<html><head><title>&lt;img src=x onerror=window.__pwned=6&gt; Evil title</title>` +
  `<meta name="author" content="&lt;script&gt;window.__pwned=7&lt;/script&gt;"></head><body>` +
  `<nav>&lt;b&gt;menu&lt;/b&gt; Home | World</nav><article><h1>&lt;img src=x onerror=window.__pwned=8&gt; Evil title</h1>` +
  `<p>WASHINGTON — President Donald Trump met &lt;script&gt;window.__pwned=9&lt;/script&gt; ` +
  `Volodymyr Zelensky on Friday, February 28, 2025 at the White House, officials said.</p>` +
  `<p>"&lt;img src=x onerror=window.__pwned=10&gt; You are gambling," Trump told Zelensky.</p>` +
  `</article></body></html>`

let running: Running
let dispose: () => Promise<void>
let context: BrowserContext
let page: Page
let profile: string
const pageErrors: string[] = []

async function open(route: string, ready: string): Promise<void> {
  await page.goto(`${running.url}/#${route}`)
  await page.waitForSelector(ready, { timeout: 15_000 })
  await page.waitForFunction(
    () => document.getElementById('main')?.getAttribute('aria-busy') === 'false',
  )
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

async function injected(): Promise<{ pwned: unknown; elements: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: document.querySelectorAll(
      'main img, main script, main iframe, main svg:not(.chart), main i, main [onerror], ' +
        'main [onload], main a[href^="javascript"]',
    ).length,
  }))
}

describe('web UI in headless Chromium', { skip: SKIP }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const demo = await demoStore()
    dispose = demo.dispose
    running = await startServer(demo.store, { port: 0, token: TOKEN })
    for (const [body, id] of [
      [
        { text: EVIL_TEXT, id: 'evil-text', url: 'javascript:window.__pwned=11', title: EVIL },
        'evil-text',
      ],
      [{ html: EVIL_HTML, id: 'evil-html' }, 'evil-html'],
    ] as const) {
      const res = await fetch(`${running.url}/api/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(body),
      })
      assert.equal(res.status, 201, `${id}: ${await res.text()}`)
    }
    const { chromium } = await import('playwright-core')
    profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('dialog', (d) => {
      pageErrors.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
  })

  after(async () => {
    await context?.close()
    await running?.close()
    await dispose?.()
    if (profile) rmSync(profile, { recursive: true, force: true })
  })

  test('search: results with highlighted snippets', async () => {
    await open('/search?q=Oval%20Office', '[data-testid=hit]')
    const hits = await page.locator('[data-testid=hit]').count()
    assert.ok(hits > 0)
    const marks = await page.locator('[data-testid=hit] mark').allTextContents()
    assert.ok(marks.length > 0)
    for (const m of marks) assert.match(m, /^(oval|office)$/i)
    await shot('search')
  })

  test('search filters: a date range keeps only articles inside it', async () => {
    await open('/search?q=Zelensky&to=2019-12-31', '[data-testid=hit]')
    const dates = await page.locator('[data-testid=hit] .muted').allTextContents()
    assert.ok(dates.length > 0)
    for (const d of dates) assert.ok(d.slice(0, 10) <= '2019-12-31', d)
  })

  test('article: highlights, details on hover, removed boilerplate', async () => {
    await open('/search?q=Oval%20Office', '[data-testid=hit]')
    await page.locator('[data-testid=hit] h3 a').first().click()
    await page.waitForSelector('[data-testid=article-text]')
    for (const cls of ['ent-person', 'timex', 'quote', 'event']) {
      assert.ok(
        (await page.locator(`.article-text .hl.${cls}`).count()) > 0,
        `no .${cls} highlight`,
      )
    }
    await page.locator('.article-text .hl.event').first().hover()
    const details = await page.locator('.details').textContent()
    assert.match(details ?? '', /intensity: .*status: /s)
    await page.locator('.article-text .hl.timex').first().hover()
    assert.match((await page.locator('.details').textContent()) ?? '', /resolution: /)
    await shot('article')
    await page.locator('.removed-box button').click()
    assert.equal(await page.locator('[data-testid=removed]').isVisible(), true)
  })

  test('entity page: roles, chart, counterparts, quotes', async () => {
    await open('/entity/Volodymyr%20Zelensky', '[data-testid=chart]')
    assert.equal(
      await page.locator('[data-testid=entity-name]').evaluate((e) => e.firstChild?.textContent),
      'Volodymyr Zelensky',
    )
    assert.ok((await page.locator('[data-testid=chart] circle').count()) > 5)
    const counterparts = await page.locator('[data-testid=counterparts] a').allTextContents()
    assert.ok(counterparts.includes('Donald Trump'), counterparts.join(', '))
    assert.ok((await page.locator('[data-testid=quotes] li').count()) > 0)
    await shot('entity')
  })

  test('pair page: the relationship over time, each event with its sources', async () => {
    await open('/pair/Volodymyr%20Zelensky/Donald%20Trump', '[data-testid=pair-events]')
    const events = await page.locator('.pair-event').count()
    assert.ok(events > 3)
    const dots = await page.locator('[data-testid=chart] circle').count()
    assert.ok(dots > 0 && dots <= events)
    assert.ok((await page.locator('.pair-event .sources li').count()) >= events)
    assert.ok((await page.locator('[data-testid=chart] circle.coop').count()) > 0)
    await shot('pair')
    // A source opens its article with the sentence outlined; an entity there opens its page.
    const sentence = await page.locator('.pair-event .sources q').first().textContent()
    await page.locator('.pair-event .sources a').first().click()
    await page.waitForSelector('[data-testid=article-text] .hl.focus')
    const outlined = (await page.locator('.hl.focus').allTextContents()).join('')
    assert.equal(outlined, sentence)
    await shot('source')
    await page.locator('.hl.linked.ent-person').first().click()
    await page.waitForSelector('[data-testid=entity-name]')
  })

  test('stories: clusters with their articles', async () => {
    await open('/stories', '[data-testid=stories] .story')
    assert.ok((await page.locator('.story').count()) > 5)
    assert.ok((await page.locator('.story li a').count()) >= 29)
    await shot('stories')
  })

  test('read an article: the extraction shows live', async () => {
    await open('/read', '[data-testid=read-input]')
    const text =
      'KYIV — President Volodymyr Zelensky said on Tuesday, March 11, 2025 that Ukraine accepted a ceasefire proposal. "We are ready," he said in his evening address.'
    await page.locator('[data-testid=read-input]').fill(text)
    await page.waitForSelector('[data-testid=read-output] .article-text .hl', { timeout: 15_000 })
    assert.match((await page.locator('[data-testid=read-status]').textContent()) ?? '', /entities/)
    assert.equal(await page.locator('[data-testid=read-output] .article-text').textContent(), text)
    await shot('read')
  })

  test('injected markup and script show as text on every page', async () => {
    await open('/doc/evil-text', '[data-testid=article-text]')
    assert.match((await page.locator('[data-testid=doc-title]').textContent()) ?? '', /<img src=x/)
    assert.match(
      (await page.locator('[data-testid=article-text]').textContent()) ?? '',
      /<svg onload=window.__pwned=3>We want peace<\/svg>/,
    )
    assert.equal(await page.locator('.doc-head a[href^="javascript"]').count(), 0)
    // A URL that is not http(s) is shown as text, not as a link.
    assert.match((await page.locator('.doc-head').textContent()) ?? '', /javascript:window/)
    assert.equal(await page.locator('.doc-head a', { hasText: 'javascript' }).count(), 0)
    await page.locator('.article-text .hl').first().hover()
    await shot('injection-text')
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })

    await open('/doc/evil-html', '[data-testid=article-text]')
    assert.match(
      (await page.locator('[data-testid=article-text]').textContent()) ?? '',
      /<script>window.__pwned=9<\/script>/,
    )
    await page.locator('.removed-box button').click()
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })
    await shot('injection-html')

    await open('/search?q=pwned', '[data-testid=hit]')
    assert.ok((await page.locator('[data-testid=hit]').count()) >= 2)
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })
    await open('/stories', '[data-testid=stories] .story')
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })
    await open('/entity/Volodymyr%20Zelensky', '[data-testid=chart]')
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })
    await open('/read', '[data-testid=read-input]')
    await page.locator('[data-testid=read-input]').fill(EVIL_HTML)
    await page.waitForSelector('[data-testid=read-output] .article-text', { timeout: 15_000 })
    assert.deepEqual(await injected(), { pwned: undefined, elements: 0 })
    assert.deepEqual(pageErrors, [])
  })
})
