/**
 * The channel lexicon of the quotes stage: where a statement was made.
 *
 * Where the entries come from: the platforms and formats that wire copy names when it sources a
 * statement (AP and Reuters style: "said on X", "wrote on Telegram", "in a statement", "at a news
 * conference", "in an interview with ..."). To extend: add a platform to PLATFORMS (keyed by the
 * lower-case words as written, valued by the display name) or a format noun to EVENT_NOUNS; its
 * modifiers ("evening address", "televised speech") go in EVENT_MODIFIERS.
 */

/** Platforms, keyed by their lower-case surface form; the value is the channel's name. */
export const PLATFORMS: ReadonlyMap<string, string> = new Map([
  ['telegram', 'Telegram'],
  ['twitter', 'Twitter'],
  ['x', 'X'],
  ['facebook', 'Facebook'],
  ['instagram', 'Instagram'],
  ['youtube', 'YouTube'],
  ['tiktok', 'TikTok'],
  ['truth social', 'Truth Social'],
  ['threads', 'Threads'],
  ['linkedin', 'LinkedIn'],
  ['weibo', 'Weibo'],
  ['wechat', 'WeChat'],
  ['reddit', 'Reddit'],
  ['social media', 'social media'],
  ['social network', 'social media'],
  ['vkontakte', 'VKontakte'],
  ['bluesky', 'Bluesky'],
])

/** Cue verbs that name their platform. */
export const PLATFORM_VERBS: ReadonlyMap<string, string> = new Map([['tweet', 'Twitter']])

/** Formats and events in which statements are made, as their head nouns (lower case). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'address',
  'speech',
  'interview',
  'statement',
  'press conference',
  'news conference',
  'press briefing',
  'news briefing',
  'briefing',
  'letter',
  'phone call',
  'video call',
  'conference call',
  'op-ed',
  'press release',
  'email',
  'memo',
  'podcast',
  'town hall',
  'debate',
  'hearing',
  'testimony',
  'tweet',
  'post',
  'video',
  'video message',
  'message',
  'rally',
  'radio address',
  'broadcast',
  'column',
  'essay',
  'blog post',
  'news release',
  'communique',
  'communiqué',
  'declaration',
  'remarks',
  'sermon',
  'lecture',
  'appearance',
])

/**
 * Events that are an audience too: a speaker "told a news conference", "addressed a rally". The
 * cue's object names the channel without a preposition.
 */
export const AUDIENCE_EVENTS: ReadonlySet<string> = new Set([
  'press conference',
  'news conference',
  'press briefing',
  'news briefing',
  'briefing',
  'rally',
  'town hall',
  'hearing',
  'podcast',
])

/** Modifiers kept in the channel's name ("evening address", "televised speech"). */
export const EVENT_MODIFIERS: ReadonlySet<string> = new Set([
  'evening',
  'nightly',
  'morning',
  'weekly',
  'daily',
  'video',
  'televised',
  'radio',
  'television',
  'tv',
  'written',
  'joint',
  'annual',
  'inaugural',
  'farewell',
  'keynote',
  'exclusive',
  'recorded',
  'online',
  'virtual',
  'national',
  'state',
  'new year',
  'victory',
  'concession',
  'campaign',
  'late-night',
  'primetime',
  'prime-time',
])
