#!/usr/bin/env node
import { ChronicleError } from '../core/errors.js'
import { extractCommand } from './extract-command.js'
import {
  entitiesCommand,
  exportCommand,
  ingestCommand,
  quotesCommand,
  searchCommand,
  showCommand,
  storiesCommand,
  timelineCommand,
} from './kb-commands.js'
import { version } from './version.js'

const HELP = `chronicle — who said and did what to whom, when, from news articles

Usage:
  chronicle extract [options] [FILE | DIR | -]...   one article in, one Document out
    --input auto|text|html|jsonl   how to read the input (default auto)
    --format json|jsonl|text       output format (default json)
    --date YYYY-MM-DD              the document date, overriding what the reader finds
    --body                         the input is already a clean article body
    --max-bytes N                  largest input accepted (default 5242880)

  chronicle ingest   [--db PATH|URL] [--jobs N] [options of extract] INPUT...
  chronicle search   [--db ...] QUERY [--from D] [--to D] [--entity NAME] [--limit N]
  chronicle timeline [--db ...] --actor NAME [--with NAME] [--from D] [--to D]
  chronicle quotes   [--db ...] [--speaker NAME] [--channel C] [QUERY]
  chronicle entities [--db ...] [--type T] [--limit N]
  chronicle stories  [--db ...]
  chronicle show     [--db ...] DOCUMENT_ID
  chronicle export   [--db ...] --format jsonl|events-tsv|plover-json
    --db defaults to ./chronicle.db (SQLite); a postgres:// URL selects PostgreSQL.
    Query commands print a table, or JSON Lines with --format jsonl. ingest also takes
    --batch-size N (documents per transaction), --quiet and --retry-failed (inputs recorded
    as failed are otherwise skipped); inputs may be files, directories, globs, JSONL,
    WARC (.warc, .warc.gz) or - for stdin.
  chronicle serve    [--db ...] [--port P] [--token T]   HTTP API + web UI (token: CHRONICLE_TOKEN)
    --workers N (default: one per core; 1 serves from one process), --cache-mb M (answers
    cached per worker, default 32; 0: none)

  chronicle --help | --version

Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error.
`

type Command = (argv: readonly string[]) => Promise<number>

const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  ingest: ingestCommand,
  search: searchCommand,
  timeline: timelineCommand,
  quotes: quotesCommand,
  entities: entitiesCommand,
  stories: storiesCommand,
  show: showCommand,
  export: exportCommand,
  // Loaded on demand: the other commands need neither hono nor the web UI.
  serve: async (argv) => (await import('../http/serve.js')).serveCommand(argv),
}

const PLANNED: string[] = []

/** Runs the CLI and returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP)
    return command === undefined ? 2 : 0
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${version()}\n`)
    return 0
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP)
    return 0
  }
  const run = COMMANDS[command]
  try {
    if (!run) {
      if (PLANNED.includes(command))
        throw new ChronicleError('E_NOT_IMPLEMENTED', `"${command}" is not available yet`)
      throw new ChronicleError('E_USAGE', `unknown command "${command}"`)
    }
    return await run(rest)
  } catch (error) {
    if (error instanceof ChronicleError) {
      process.stderr.write(`chronicle: ${error.message}\n`)
      return error.code === 'E_USAGE' || error.code === 'E_NOT_IMPLEMENTED' ? 2 : 1
    }
    if (
      error instanceof Error &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`chronicle: ${error.message} (see chronicle --help)\n`)
      return 2
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    process.stderr.write(
      `chronicle: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
