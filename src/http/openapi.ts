/**
 * The OpenAPI 3.1 description of the API, served at `/openapi.json`. Kept by hand beside the
 * routes in app.ts; test/http-api.test.ts checks that every route is described.
 */

const error = {
  description: 'An error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
}

const json = (description: string, ref?: string) => ({
  description,
  content: {
    'application/json': {
      schema: ref ? { $ref: `#/components/schemas/${ref}` } : { type: 'object' },
    },
  },
})

const q = (name: string, description: string, required = false, type = 'string') => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type },
})

const dates = [q('from', 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD'), q('to', 'Latest date')]
const limit = q('limit', 'Most results', false, 'integer')

/** The OpenAPI document. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'chronicle',
      version: '1',
      description:
        'Who said and did what to whom, when: search, entities, timelines, quotes and stories ' +
        'over a chronicle knowledge base; extraction of one article. Errors are ' +
        '{"error": {"code", "message"}} with a 4xx status.',
    },
    paths: {
      '/api/health': { get: { summary: 'Row counts', responses: { 200: json('Counts') } } },
      '/api/search': {
        get: {
          summary: 'Full-text search, best first',
          parameters: [
            q('q', 'The query (quoted phrases kept together)', true),
            ...dates,
            q('entity', 'Only documents naming this entity'),
            q('site', 'Only this site'),
            limit,
          ],
          responses: { 200: json('Hits'), 400: error },
        },
      },
      '/api/entities': {
        get: {
          summary: 'The most mentioned entities',
          parameters: [q('type', 'PERSON, ORG, LOC or MISC'), limit],
          responses: { 200: json('Entities'), 400: error },
        },
      },
      '/api/entity': {
        get: {
          summary: 'One entity: roles, aliases, timeline, counterparts, quotes',
          parameters: [q('name', 'A name of the entity', true)],
          responses: { 200: json('The entity page'), 400: error, 404: error },
        },
      },
      '/api/timeline': {
        get: {
          summary:
            "An actor's (or a pair's) events, oldest first, with their sources, a page at a time",
          description:
            'A JSON array of at most `limit` events (default 100); when there are more, the ' +
            '`X-Next-Cursor` header holds the id of the last one, to pass as `after` for the next page.',
          parameters: [
            q('actor', 'The actor', true),
            q('with', 'The other party'),
            ...dates,
            q('limit', 'Most events in the page (default 100, at most 10000)', false, 'integer'),
            q('after', 'The `next` of the previous page: only the events after that one'),
          ],
          responses: { 200: json('Events'), 400: error },
        },
      },
      '/api/pair': {
        get: {
          summary: 'The relationship of two entities: events with source sentences, quotes',
          parameters: [q('a', 'One entity', true), q('b', 'The other', true), ...dates],
          responses: { 200: json('The pair page'), 400: error, 404: error },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'Quotes, oldest first',
          parameters: [
            q('speaker', 'The speaker'),
            q('channel', 'Telegram, interview, statement...'),
            q('q', 'A phrase the quote contains'),
            q('about', 'Only in documents that name this entity'),
            q('mentioning', 'Only quotes whose content names this entity'),
            limit,
          ],
          responses: { 200: json('Quotes'), 400: error },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Story clusters with their articles',
          parameters: [limit, q('minSize', 'Smallest story', false, 'integer')],
          responses: { 200: json('Stories'), 400: error },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A stored Document (schema chronicle.document/1) and its story',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json('The document'), 404: error },
        },
      },
      '/api/extract': {
        post: {
          summary: 'Extracts one article; nothing is stored',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Article' } } },
          },
          responses: {
            200: json('{"document": Document}'),
            400: error,
            413: error,
            415: error,
            422: error,
          },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Extracts and stores one article (needs the bearer token given at start)',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Article' } } },
          },
          responses: {
            200: json('Already stored'),
            201: json('Stored'),
            400: error,
            401: error,
            403: error,
            413: error,
            415: error,
            422: error,
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        Article: {
          type: 'object',
          description: 'Exactly one of text and html.',
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            text: { type: 'string' },
            html: { type: 'string' },
            url: { type: 'string' },
            title: { type: 'string' },
            date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            body: { type: 'boolean', description: 'The input is already a clean body' },
          },
        },
      },
    },
  }
}
