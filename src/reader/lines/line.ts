import type { Caption } from '../../core/schema.js'
import type { Byline } from './byline.js'
import type { LineFeatures } from './features.js'
import type { HeaderLine } from './header.js'

/** What a line of the page is. */
export type LineKind = 'header' | 'notice' | 'caption' | 'byline' | 'title' | 'body' | 'outside'

/** One line of the page with its class, the reason it is dropped, and what was parsed from it. */
export interface ClassifiedLine {
  readonly text: string
  kind: LineKind
  /** Why the line is not body text ('header', 'byline', 'newsletter', 'boilerplate'...), or ''. */
  reason: string
  readonly features: LineFeatures
  readonly header?: HeaderLine
  readonly byline?: Byline
  readonly caption?: Caption
}
