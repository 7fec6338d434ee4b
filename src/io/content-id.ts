import { createHash } from 'node:crypto'

/**
 * A document id from its content: the first 16 hex digits of SHA-256 over the input as given.
 * The knowledge base keys documents by it, so ingesting the same input twice changes nothing.
 */
export function contentId(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16)
}
