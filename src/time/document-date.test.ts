import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EMPTY_META } from '../core/doc.js'
import { newsDayOf, normalisePublished, settleDates } from './document-date.js'

test('the document date cascade: given date, reader date, publication day', () => {
  const meta = { ...EMPTY_META, documentDate: '2024-11-06', published: '2024-11-07T01:09' }
  assert.equal(settleDates(meta, '2024-12-01').documentDate, '2024-12-01')
  assert.equal(settleDates(meta, '2024-12-01').source, 'given')
  assert.equal(settleDates(meta, null).documentDate, '2024-11-06')
  assert.equal(settleDates(meta, null).source, 'reader')
  const noDate = { ...meta, documentDate: null }
  assert.deepEqual(settleDates(noDate, null), {
    documentDate: '2024-11-06',
    published: '2024-11-07T01:09',
    source: 'published',
  })
  assert.equal(settleDates({ ...EMPTY_META }, null).source, 'none')
  assert.equal(settleDates({ ...EMPTY_META }, 'not a date').documentDate, null)
})

test('the late-night rule: before 04:00 local time a story belongs to the day before', () => {
  const cases: [string, string][] = [
    ['2024-11-07T01:09', '2024-11-06'],
    ['2024-11-07T03:59:59+02:00', '2024-11-06'],
    ['2024-11-07T04:00', '2024-11-07'],
    ['2024-11-07T23:30-05:00', '2024-11-07'],
    ['2024-11-07', '2024-11-07'],
    ['2024-01-01T00:30', '2023-12-31'],
  ]
  for (const [published, day] of cases) {
    const d = newsDayOf(published)
    assert.ok(d, published)
    assert.equal(
      `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
      day,
      published,
    )
  }
})

test('a stated zone becomes the ISO offset of the publication time', () => {
  assert.equal(normalisePublished('2024-11-07T01:09 EST'), '2024-11-07T01:09-05:00')
  assert.equal(normalisePublished('2024-11-07T01:09 CET'), '2024-11-07T01:09+01:00')
  assert.equal(normalisePublished('2024-11-07T01:09:00Z'), '2024-11-07T01:09:00Z')
  assert.equal(normalisePublished('2024-11-07T01:09+02:00'), '2024-11-07T01:09+02:00')
  assert.equal(normalisePublished(null), null)
})
