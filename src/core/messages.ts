import type { Message, Severity } from './schema.js'

/**
 * The codes of per-document messages, with their severity. A `fatal` message means the document
 * could not be read; its layers stay empty and the batch goes on.
 */
export const MESSAGE_CATALOGUE = {
  'input/empty': 'fatal',
  'input/binary': 'fatal',
  'input/too-large': 'fatal',
  'input/undecodable': 'fatal',
  'input/unreadable': 'fatal',
  'input/bad-record': 'fatal',
  'input/encoding-guessed': 'warning',
  'input/truncated': 'warning',
  'html/broken': 'warning',
  'html/no-article': 'warning',
  'reader/no-body': 'warning',
  'reader/date-unparsed': 'warning',
  'time/date-unknown': 'info',
  'stage/failed': 'fatal',
} as const satisfies Record<string, Severity>

/** A code from {@link MESSAGE_CATALOGUE}. */
export type MessageCode = keyof typeof MESSAGE_CATALOGUE

/**
 * Makes a message with the catalogue's severity for its code.
 *
 * @example
 * message('input/empty', 'the file is empty', 'input')
 */
export function message(code: MessageCode, reason: string, stage: string | null = null): Message {
  return { code, severity: MESSAGE_CATALOGUE[code], reason, stage }
}

/** True when one of the messages is fatal. */
export function hasFatal(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'fatal')
}
