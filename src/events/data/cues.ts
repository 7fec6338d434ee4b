import { MONTH_ABBREVIATIONS, MONTH_WORDS, WEEKDAY_WORDS } from '../../nlp/data/calendar-words.js'

/**
 * Cue words the events stage reads around a trigger: light verbs, reporting verbs, the words that
 * set an event's status, time words, pronouns and titles.
 *
 * Sources: English grammar (auxiliaries, modals, light-verb constructions as in the PLOVER manual's
 * "holding talks"), the status classes of the issue brief and of the PLOVER manual's auxiliary
 * modes (historical, future, hypothetical, negation), and TimeML's EVENT modality and polarity
 * guidelines (future and modal cues, negation cues). All entries are lemmas or lower-case forms.
 * To extend: add a word to the right set; no logic change is needed.
 */

/** Verbs that carry a noun trigger: "held talks", "launched an investigation", "imposed sanctions". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'have',
  'conduct',
  'launch',
  'stage',
  'mount',
  'make',
  'pay',
  'give',
  'issue',
  'impose',
  'lodge',
  'file',
  'lay',
  'level',
  'carry',
  'begin',
  'start',
  'continue',
  'resume',
  'open',
  'announce',
  'propose',
  'order',
  'declare',
  'extend',
  'send',
  'provide',
  'deliver',
  'grant',
  'donate',
  'complete',
  'undertake',
  'organize',
  'organise',
  'call',
  'go',
  'take',
  'express',
  'voice',
  'renew',
  'reiterate',
  'repeat',
  'intensify',
  'slap',
  'tighten',
  'observe',
  'implement',
  'put',
  'unleash',
  'step',
  'end',
  'join',
  'lead',
  'offer',
  'pledge',
  'promise',
  'approve',
  'sign',
  'supply',
  'give',
  'allocate',
  'release',
  'receive',
  'attend',
  'accept',
  'reject',
])

/** Light verbs after which the noun is the content, not an event of the subject ("accepted the invitation"). */
export const CONTENT_VERBS: ReadonlySet<string> = new Set([
  'accept',
  'reject',
  'receive',
  'attend',
  'join',
])

/** Verbs of saying: their subject is the source, their clause the content (not events themselves). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'write',
  'report',
  'claim',
  'insist',
  'declare',
  'conclude',
  'stress',
  'note',
  'confirm',
  'explain',
  'argue',
  'post',
  'tweet',
  'reply',
  'respond',
  'believe',
  'think',
  'indicate',
  'suggest',
  'acknowledge',
  'admit',
  'reveal',
])

/**
 * Verbs of speech acts beyond reporting: a second one in "X told reporters that Y ..., but warned
 * that ..." is said by X, like the first.
 */
export const SPEECH_ACT_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  'warn',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'urge',
  'accuse',
  'deny',
  'reject',
  'demand',
  'ask',
])

/** Verbs whose occurrence reading makes their noun subject an event ("the visit has yet to occur"). */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set([
  'occur',
  'happen',
  'take',
  'go',
  'begin',
  'start',
  'end',
  'materialize',
  'materialise',
  'resume',
  'continue',
  'proceed',
])

/** Non-trigger verbs (and adjectives) taking a `to` complement, with the status they give it. */
export const CONTROL_STATUS: Readonly<
  Record<string, 'planned' | 'hypothetical' | 'negated' | 'ongoing' | 'happened'>
> = {
  plan: 'planned',
  intend: 'planned',
  expect: 'planned',
  schedule: 'planned',
  set: 'planned',
  aim: 'planned',
  prepare: 'planned',
  decide: 'planned',
  arrange: 'planned',
  propose: 'hypothetical',
  want: 'hypothetical',
  hope: 'hypothetical',
  wish: 'hypothetical',
  seek: 'hypothetical',
  consider: 'hypothetical',
  try: 'happened',
  attempt: 'happened',
  manage: 'happened',
  force: 'happened',
  compel: 'happened',
  oblige: 'happened',
  begin: 'happened',
  start: 'happened',
  continue: 'ongoing',
  willing: 'planned',
  ready: 'planned',
  prepared: 'planned',
  likely: 'hypothetical',
  able: 'hypothetical',
  due: 'planned',
  go: 'planned',
  refuse: 'negated',
  decline: 'negated',
  fail: 'negated',
  yet: 'negated',
}

/** Verbs whose object is the subject of their `to` complement ("urged Trump to maintain"). */
export const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'urge',
  'ask',
  'invite',
  'press',
  'pressure',
  'order',
  'allow',
  'permit',
  'force',
  'encourage',
  'tell',
  'persuade',
  'call',
  'help',
  'warn',
  'advise',
  'request',
  'require',
  'want',
  'expect',
])

/** Words that negate the verb group. */
export const NEGATION: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
])

/** Future auxiliaries. */
export const FUTURE: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo'])

/** Modals that make an event hypothetical (`would` is future when it reports speech). */
export const HYPOTHETICAL: ReadonlySet<string> = new Set([
  'could',
  'might',
  'may',
  'should',
  'would',
  'must',
])

/** Subordinators that make their clause hypothetical. */
export const CONDITIONAL: ReadonlySet<string> = new Set(['if', 'unless', 'whether'])

/** Adverbs of repetition that make an event habitual. */
export const HABITUAL: ReadonlySet<string> = new Set([
  'continuously',
  'repeatedly',
  'routinely',
  'regularly',
  'often',
  'frequently',
  'constantly',
  'always',
  'usually',
  'habitually',
  'consistently',
  'persistently',
  'time',
])

/** Adverbs that mark an event as still going on. */
export const ONGOING: ReadonlySet<string> = new Set(['still', 'currently', 'now'])

/** Words that place an event before the article's time without dating it. */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'previously',
  'formerly',
  'once',
  'ago',
  'past',
  'earlier',
  'history',
  'then',
])

/**
 * Prepositions that make an event noun a time anchor for another event ("days after a tense
 * meeting", "ahead of the summit", "since the invasion"): the anchor happened at its own time, not
 * at the time of the clause around it. Two-word ones are keyed by their first word.
 */
export const ANCHOR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'following',
  'until',
  'ahead',
  'prior',
])

/**
 * Words that open the complement of a warning ("warned that ...", "warned of ...", "warned Kyiv
 * to ..."): what follows decides whether the warning threatens or foretells.
 */
export const WARNING_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'of', 'about', 'to'])

/**
 * Lemmas that make a warning a threat of repercussions (PLOVER THREATEN: "coercive or forceful
 * warnings with serious potential repercussions"): "warned of consequences", "warned it would
 * retaliate", "warned of a strong response". From the PLOVER manual's THREATEN text and CAMEO's
 * 13x verb phrases; extend with words that name a sanction or a use of force.
 */
export const CONSEQUENCES: ReadonlySet<string> = new Set([
  'consequence',
  'repercussion',
  'retaliation',
  'retaliate',
  'reprisal',
  'respond',
  'response',
  'punish',
  'punishment',
  'countermeasure',
  'force',
  'sanction',
  'attack',
  'strike',
  'bomb',
  'bombing',
  'war',
  'invade',
  'invasion',
])

/**
 * Nouns that stop what their complement names ("a pause in fighting", "an end to the shelling",
 * "the suspension of talks"): the complement's event is not happening, so it is no event of its
 * own. From news usage around ceasefires; extend with nouns of stopping.
 */
export const STOPPING_NOUNS: ReadonlySet<string> = new Set([
  'pause',
  'halt',
  'end',
  'lull',
  'break',
  'cessation',
  'suspension',
  'stop',
  'respite',
  'freeze',
])

/** Words that name a time: they are skipped when looking for a subject and never a location. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_WORDS,
  ...MONTH_WORDS,
  ...MONTH_ABBREVIATIONS.map((a) => `${a}.`),
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'last',
  'next',
  'earlier',
  'later',
  'recently',
  'now',
  'overnight',
  'decade',
  'hour',
  'minute',
])

/** Personal pronouns that can stand for an actor, with their person/number. */
export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'it' | 'they' | 'we' | 'i'>> = {
  he: 'he',
  him: 'he',
  his: 'he',
  she: 'she',
  her: 'she',
  it: 'it',
  its: 'it',
  they: 'they',
  them: 'they',
  their: 'they',
  we: 'we',
  us: 'we',
  our: 'we',
  i: 'i',
  me: 'i',
  my: 'i',
}

/** Titles stripped from a name for the summary ("President-elect Donald Trump" → "Donald Trump"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president',
  'president-elect',
  'former',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defense',
  'defence',
  'secretary',
  'general',
  'gen.',
  'lt.',
  'col.',
  'sen.',
  'senator',
  'rep.',
  'gov.',
  'governor',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'king',
  'queen',
  'prince',
  'chancellor',
  'mayor',
  'then-president',
  'leader',
  'chief',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'the',
  'elect',
  'premier',
  'sheikh',
  'emir',
  'pope',
  'judge',
])

/**
 * Things that are published when they are "released" or "issued": statements, reports, figures,
 * footage, documents. Releasing them frees no one; PLOVER's RETREAT/release is "release captives"
 * (the manual's RETREAT text: "the release of prisoners and hostages"). Lemmas and plural forms.
 */
export const PUBLICATIONS: ReadonlySet<string> = new Set([
  'statement',
  'communique',
  'communiqué',
  'declaration',
  'report',
  'audit',
  'review',
  'study',
  'survey',
  'poll',
  'analysis',
  'figure',
  'data',
  'datum',
  'statistic',
  'number',
  'result',
  'finding',
  'estimate',
  'forecast',
  'evidence',
  'video',
  'footage',
  'film',
  'image',
  'photo',
  'photograph',
  'picture',
  'recording',
  'audio',
  'tape',
  'transcript',
  'document',
  'record',
  'file',
  'paper',
  'list',
  'name',
  'detail',
  'information',
  'text',
  'version',
  'letter',
  'memo',
  'readout',
  'summary',
  'guidance',
  'guideline',
  'plan',
  'budget',
  'proposal',
  'draft',
  'update',
  'map',
  'book',
  'album',
  'song',
  'trailer',
  'press',
  'news',
  'bulletin',
  'advisory',
])

/** Nouns of quantity that pass to their `of` complement ("scores of refugees", "a group of deputies"). */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'score',
  'thousand',
  'hundred',
  'dozen',
  'million',
  'group',
  'number',
  'part',
  'some',
  'most',
  'many',
  'all',
  'team',
  'delegation',
  'batch',
  'patch',
  'lot',
  'couple',
  'member',
  'one',
  'two',
  'majority',
  'rest',
  'tens',
  'ten',
])

/**
 * Names that insult when a speaker calls someone one ("called Zelensky a dictator", "calls the
 * probe a witch hunt"): the naming is an ACCUSE (CAMEO 111, criticize or denounce). A naming
 * without one of them ("called him a friend") is no event at all.
 */
export const INSULTS: ReadonlySet<string> = new Set([
  'dictator',
  'liar',
  'traitor',
  'criminal',
  'terrorist',
  'thug',
  'fascist',
  'nazi',
  'puppet',
  'clown',
  'disgrace',
  'failure',
  'fraud',
  'hoax',
  'corrupt',
  'incompetent',
  'racist',
  'enemy',
  'threat',
  'disaster',
  'tyrant',
  'murderer',
  'butcher',
  'hunt',
  'scam',
  'lie',
  'joke',
])

/** Prepositions that introduce an event's place. */
export const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside'])

/** Connectives that start a purpose or cause clause (the summary's "why"). */
export const WHY_CUES: ReadonlySet<string> = new Set([
  'because',
  'over',
  'after',
  'amid',
  'following',
  'since',
  'due',
])

/**
 * A photo caption or credit line glued into a body: "ATLANTA, GEORGIA - OCTOBER 28: ...". Events
 * are never read from such a paragraph (a caption's place is not the event's place).
 */
export const CAPTION_LINE = /^[A-Z][A-Z .,'-]{2,60}\s[-–—]\s[A-Z]{3,9}\.?\s\d{1,2}(?:,\s\d{4})?:/
