import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDoc, type Doc, withLayers } from './doc.js'
import { ChronicleError } from './errors.js'
import { createPipeline, type Stage } from './pipeline.js'

const raw = {
  id: null,
  path: null,
  url: null,
  format: 'text',
  content: 'x',
  date: null,
  title: null,
  bodyOnly: true,
} as const

const stage = (
  name: string,
  requires: Stage['requires'],
  provides: Stage['provides'],
  run?: Stage['run'],
): Stage => ({
  name,
  requires,
  provides,
  run: run ?? ((doc: Doc) => withLayers(doc, Object.fromEntries(provides.map((p) => [p, []])))),
})

describe('createPipeline', () => {
  it('rejects a stage whose required layer no earlier stage provides', () => {
    assert.throws(
      () => createPipeline([stage('quotes', ['entities'], ['quotes'])]),
      (e: unknown) =>
        e instanceof ChronicleError &&
        e.code === 'E_PIPELINE_MISSING_LAYER' &&
        /quotes.*entities/.test(e.message),
    )
  })

  it('rejects two stages providing one layer', () => {
    assert.throws(
      () => createPipeline([stage('a', ['raw'], ['timexes']), stage('b', ['raw'], ['timexes'])]),
      (e: unknown) => e instanceof ChronicleError && e.code === 'E_PIPELINE_DUPLICATE_LAYER',
    )
  })

  it('turns a crashing stage into a fatal message and skips the rest', () => {
    let ranAfter = false
    const pipeline = createPipeline([
      stage('boom', ['raw'], ['timexes'], () => {
        throw new Error('kaput')
      }),
      stage('after', ['timexes'], ['quotes'], (doc) => {
        ranAfter = true
        return doc
      }),
    ])
    const out = pipeline.run(createDoc('d1', raw))
    assert.equal(out.messages.length, 1)
    assert.equal(out.messages[0]?.code, 'stage/failed')
    assert.equal(out.messages[0]?.severity, 'fatal')
    assert.equal(out.messages[0]?.stage, 'boom')
    assert.match(out.messages[0]?.reason ?? '', /kaput/)
    assert.equal(ranAfter, false)
  })

  it('refuses to replace a layer that is already written', () => {
    const doc = withLayers(createDoc('d1', raw), { timexes: [] })
    assert.throws(() => withLayers(doc, { timexes: [] }), /E_LAYER_EXISTS/)
  })
})
