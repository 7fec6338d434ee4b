import assert from 'node:assert/strict'
import { test } from 'node:test'
import { urlDate } from './metadata.js'

test('a publication date in a URL path', () => {
  assert.equal(urlDate('https://lemire.me/blog/2019/08/02/json-parsing-simdjson/'), '2019-08-02')
  assert.equal(urlDate('https://www.dobszay.ch/2016-04-15/was-ist-der-unterschied/'), '2016-04-15')
  assert.equal(urlDate('https://www.zeit.de/2019/43/klimaschutz-banken'), null)
  assert.equal(urlDate(null), null)
})
