import model from 'wink-eng-lite-web-model'
import winkNLP, { type WinkMethods } from 'wink-nlp'

let instance: WinkMethods | null = null

/** The shared wink-nlp instance (English lite web model), loaded once on first use (~150 ms). */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos'])
  return instance
}
