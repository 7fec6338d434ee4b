import assert from 'node:assert/strict'
import { test } from 'node:test'
import { densestRun, runAfter } from './segment.js'

test('densestRun: the article between menus, over a short subhead', () => {
  assert.deepEqual(densestRun([-1, -1, 4, 3, -0.5, 5, -1]), { start: 2, end: 6 })
})

test('densestRun: no prose at all keeps the whole page', () => {
  assert.deepEqual(densestRun([-1, -1, -0.6]), { start: 0, end: 3 })
})

test('densestRun: a lone long paragraph beats two short ones far apart', () => {
  assert.deepEqual(densestRun([2, -1, -1, -1, -1, 6, -1]), { start: 5, end: 6 })
})

test('runAfter: the run right after the headline wins over a denser one further down', () => {
  // Headline at 0; a paragraph at 1-2, then furniture, then comments (denser) at 8-9.
  const scores = [0, 3, 2, -1.5, -1, -1, -1, -1.5, 4, 3]
  const run = runAfter(scores, 1, 0.25)
  assert.deepEqual([run.start, run.end], [1, 10])
  const far = runAfter([0, 3, -4, -4, -4, 6, 5], 1, 0.25)
  assert.deepEqual([far.start, far.end], [5, 7])
})

test('runAfter: a run may not start past the line that closes the article', () => {
  // A short paragraph at 1, a comment form at 2-4, a denser promotion at 5-6.
  const scores = [0, 3, -4, -4, -4, 6, 5]
  const run = runAfter(scores, 1, 0.25, 2)
  assert.deepEqual([run.start, run.end], [1, 2])
  assert.equal(run.sum, 3)
})
