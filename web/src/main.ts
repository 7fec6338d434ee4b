/// <reference lib="dom" />
/** The UI's entry: a hash router (`#/search?q=`, `#/doc/ID`, `#/entity/NAME`, `#/pair/A/B`, `#/stories`, `#/read`). */
import { h, replace } from './dom.js'
import { documentPage, entityPage, pairPage, readPage, searchPage, storiesPage } from './pages.js'

const main = document.getElementById('main') as HTMLElement

async function render(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/search'
  const [path = '', query = ''] = hash.split('?')
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const params = new URLSearchParams(query)
  document.querySelectorAll('nav a').forEach((a) => {
    a.classList.toggle('active', (a.getAttribute('href') ?? '').startsWith(`#/${parts[0] ?? ''}`))
  })
  main.setAttribute('aria-busy', 'true')
  try {
    const [page, x, y] = parts
    let el: HTMLElement
    if (page === 'doc' && x) el = await documentPage(x, params)
    else if (page === 'entity' && x) el = await entityPage(x)
    else if (page === 'pair' && x && y) el = await pairPage(x, y)
    else if (page === 'stories') el = await storiesPage()
    else if (page === 'read') el = readPage()
    else el = await searchPage(params)
    replace(main, el)
    window.scrollTo(0, 0)
  } catch (error) {
    replace(
      main,
      h(
        'p',
        { class: 'error', 'data-testid': 'error' },
        error instanceof Error ? error.message : String(error),
      ),
    )
  } finally {
    main.setAttribute('aria-busy', 'false')
  }
}

window.addEventListener('hashchange', () => void render())
void render()
