/**
 * The catalogue of errors for misuse and infrastructure failures (a bad option, a database that
 * cannot be reached, a pipeline built in the wrong order). Problems inside one document are not
 * errors: they are {@link Message}s on that document (see `messages.ts`).
 *
 * Each entry has a stable code (scripts may match on it) and a hint that says what to do.
 */
export const ERROR_CATALOGUE = {
  E_USAGE: 'Check the command line against `chronicle --help`.',
  E_PIPELINE_MISSING_LAYER:
    'A stage reads a layer that no earlier stage provides: add the providing stage before it.',
  E_PIPELINE_DUPLICATE_LAYER: 'Two stages provide the same layer: keep one of them.',
  E_STAGE_CONTRACT: 'A stage did not provide a layer it declares: this is a bug in that stage.',
  E_LAYER_ABSENT: 'The layer was read before any stage provided it: this is a bug in the caller.',
  E_LAYER_EXISTS: 'A layer is written once: a stage tried to replace one an earlier stage wrote.',
  E_MODEL_MISSING: 'A trained model file is missing: run the training script named in the message.',
  E_DB_UNREACHABLE: 'Check the --db path or URL and that the database server is running.',
  E_DB_SCHEMA:
    'The database was written by another version of chronicle: migrate or use a new file.',
  E_IO: 'Check that the path exists and is readable.',
  E_NOT_IMPLEMENTED: 'This command is not part of this build yet.',
} as const

/** A stable error code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE

/**
 * An error with a stable `code`; its message ends with what to do about it.
 *
 * @example
 * throw new ChronicleError('E_USAGE', 'unknown option --fromat')
 */
export class ChronicleError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${detail} (${code}: ${ERROR_CATALOGUE[code]})`, options)
    this.name = 'ChronicleError'
    this.code = code
  }
}
