/**
 * `npm run eval -- <suite> [options]`: scores a stage on the dev sets in ../shared/data and
 * compares with the floors pinned in eval/baseline.json. Suites register here.
 */
import { checkFloors, type Scores } from './baseline.js'

type Suite = (args: readonly string[]) => Promise<Scores>

const SUITES: Record<string, () => Promise<Suite>> = {
  stories: async () => (await import('./stories.js')).evalStories,
  quotes: async () => (await import('./quotes.js')).evalQuotes,
  entities: async () => (await import('./entities.js')).evalEntities,
  'entities-doc': async () => (await import('./entities-doc.js')).evalEntitiesDoc,
  'reader-html': async () => (await import('./reader-html.js')).evalReaderHtml,
  'reader-text': async () => (await import('./reader-text.js')).evalReaderText,
  time: async () => (await import('./time.js')).evalTime,
  events: async () => (await import('./events.js')).evalEvents,
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2)
  const names = Object.keys(SUITES).sort()
  if (!name || !SUITES[name]) {
    process.stderr.write(
      `usage: npm run eval -- <${names.join('|')}> [--update-floors] [--lower-floors]\n`,
    )
    return 2
  }
  const suite = await (SUITES[name] as () => Promise<Suite>)()
  const scores = await suite(args)
  return checkFloors(name, scores, {
    update: args.includes('--update-floors'),
    lower: args.includes('--lower-floors'),
  })
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `eval failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
