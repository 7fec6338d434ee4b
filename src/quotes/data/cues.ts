/**
 * The cue lexicon of the quotes stage: verbs and phrases that introduce what someone said, wrote
 * or thinks. Lemmas (as wink-nlp gives them), lower case.
 *
 * Where the entries come from: the reporting verbs of news style guides (AP: "said" and its
 * common alternatives), the verb classes of Levin (1993) §37 "verbs of communication" that take a
 * sentential complement, and the cue words most often annotated in the PolNeAR training split
 * (said, says, told, according to, wrote, added, asked, noted, argued, tweeted...). To extend:
 * add the lemma to the set that matches how it is used; a verb that takes a recipient before its
 * clause ("told reporters the talks had stalled") also goes in OBJECT_CUES.
 */

/** Verbs of saying: they introduce direct quotes and reported (indirect) speech. */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'write',
  'add',
  'warn',
  'claim',
  'insist',
  'argue',
  'state',
  'declare',
  'announce',
  'explain',
  'note',
  'observe',
  'remark',
  'report',
  'reply',
  'respond',
  'answer',
  'ask',
  'tweet',
  'post',
  'acknowledge',
  'admit',
  'concede',
  'confirm',
  'deny',
  'allege',
  'assert',
  'contend',
  'maintain',
  'stress',
  'emphasize',
  'emphasise',
  'suggest',
  'predict',
  'promise',
  'vow',
  'pledge',
  'threaten',
  'urge',
  'recall',
  'reiterate',
  'repeat',
  'conclude',
  'counter',
  'retort',
  'quip',
  'joke',
  'boast',
  'brag',
  'complain',
  'lament',
  'caution',
  'charge',
  'testify',
  'exclaim',
  'shout',
  'yell',
  'scream',
  'whisper',
  'mutter',
  'muse',
  'recount',
  'disclose',
  'reveal',
  'indicate',
  'mention',
  'text',
  'email',
  'inform',
  'assure',
  'remind',
  'advise',
  'notify',
  'reassure',
  'speculate',
  'propose',
  'demand',
  'plead',
  'beg',
  'affirm',
  'proclaim',
  'signal',
  'hint',
  'imply',
  'swear',
  'opine',
  'posit',
  'reason',
  'wonder',
  'continue',
  'agree',
  'point',
  'sing',
  'chant',
  'announce',
  'rule',
  'estimate',
  'declare',
  'read',
  'wrote',
  'explain',
  'elaborate',
  'clarify',
  'grumble',
  'scoff',
  'sneer',
  'snap',
  'fume',
  'rail',
  'tout',
  'predict',
  'forecast',
  'acknowledge',
  'stipulate',
  'specify',
  'beam',
  'laugh',
  'sigh',
  'gush',
  'marvel',
  'huff',
  'snort',
  'grouse',
  'gripe',
  'interject',
  'interrupt',
  'plead',
  'concur',
  'object',
  'protest',
  'rant',
  'thunder',
  'bellow',
  'roar',
  'cheer',
  'confess',
  'echo',
  'bark',
  'bemoan',
  'decry',
  'concede',
])

/**
 * Verbs of thinking and finding: they introduce reported beliefs ("X believes that ...", "the poll
 * shows that ..."). Perception and knowledge verbs (know, see, feel, realize) are left out: in
 * PolNeAR's training split they mostly report the writer's narration, not a source.
 */
export const COGNITION_CUES: ReadonlySet<string> = new Set([
  'believe',
  'think',
  'hope',
  'fear',
  'expect',
  'worry',
  'doubt',
  'suspect',
  'assume',
  'reckon',
  'show',
  'find',
  'bet',
  'acknowledge',
  'concede',
  'insist',
])

/** Cues that take a recipient before their clause: "told reporters (that) ...". */
export const OBJECT_CUES: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'assure',
  'remind',
  'inform',
  'advise',
  'notify',
  'reassure',
  'convince',
  'persuade',
  'promise',
  'ask',
  'urge',
  'caution',
  'show',
  'email',
  'text',
  'write',
  'brief',
])

/**
 * Cues of partial quotes: verbs that frame a quoted phrase ("referred to the levy as "theft"",
 * "called the deal "a disaster"", "voicing hopes for "..."").
 */
export const PARTIAL_CUES: ReadonlySet<string> = new Set([
  'call',
  'refer',
  'describe',
  'dub',
  'label',
  'brand',
  'term',
  'deem',
  'voice',
  'express',
  'praise',
  'criticize',
  'criticise',
  'slam',
  'blast',
  'decry',
  'denounce',
  'dismiss',
  'mock',
  'hail',
  'characterize',
  'characterise',
  'accuse',
  'blame',
  'reject',
  'vow',
  'pledge',
  'seek',
  'cite',
  'quote',
  'invoke',
  'welcome',
  'condemn',
  'lambaste',
  'ridicule',
  'deride',
  'applaud',
  'thank',
  'congratulate',
  'defend',
  'question',
  'attack',
  'promise',
  'demand',
  'call',
  'describe',
  'pitch',
  'frame',
  'portray',
  'cast',
  'liken',
  'compare',
])

/**
 * Verbs that are cues only with their particle ("Trump went on", "she chimed in", "he hit back").
 */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['go', 'on'],
  ['chime', 'in'],
  ['weigh', 'in'],
  ['hit', 'back'],
  ['fire', 'back'],
  ['shoot', 'back'],
  ['lash', 'out'],
  ['speak', 'out'],
  ['push', 'back'],
  // Inflected forms, for when the tagger reads them as nouns ("Trump shot/NOUN back").
  ['went', 'on'],
  ['goes', 'on'],
  ['shot', 'back'],
  ['shoots', 'back'],
  ['fired', 'back'],
  ['hits', 'back'],
  ['chimed', 'in'],
  ['weighed', 'in'],
  ['lashed', 'out'],
  ['spoke', 'out'],
  ['pushed', 'back'],
])

/**
 * Particles and prepositions that belong to a cue ("referred to", "pointed out", "called for").
 * Keyed by lemma; the cue span takes the particle when it follows the verb.
 */
export const CUE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['refer', new Set(['to'])],
  ['point', new Set(['out', 'to'])],
  ['call', new Set(['for', 'on'])],
  ['talk', new Set(['about'])],
  ['speak', new Set(['about', 'of'])],
  ['write', new Set(['in'])],
])

/**
 * Cues that take their object noun into the cue ("voicing hopes", "expressed concern"): the noun
 * names the kind of statement.
 */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'voice',
  'voicing',
  'voiced',
  'voices',
  'express',
  'expressing',
  'expressed',
  'expresses',
  'raise',
  'raising',
  'raised',
  'issue',
  'issuing',
  'issued',
])

/** Multi-word cues that are not verbs: "according to". Lower case, as token sequences. */
export const PHRASE_CUES: readonly (readonly string[])[] = [['according', 'to']]

/**
 * Cues that report a statement only next to a quotation ("“Yes,” he continued", "beamed
 * Hartley"): manner and sequence verbs that do not introduce reported clauses.
 */
export const DIRECT_ONLY_CUES: ReadonlySet<string> = new Set([
  'continue',
  'go',
  'beam',
  'laugh',
  'sigh',
  'gush',
  'marvel',
  'huff',
  'snort',
  'roar',
  'cheer',
  'yell',
  'shout',
  'scream',
  'exclaim',
  'bellow',
  'thunder',
  'quip',
  'joke',
  'muse',
  'interject',
  'interrupt',
  'chant',
  'sing',
  'read',
  'repeat',
  'post',
  'text',
  'email',
  'answer',
  'reply',
  'respond',
  'retort',
  'counter',
  'whisper',
  'mutter',
  'snap',
  'scoff',
  'sneer',
  'fume',
  'rant',
  'bark',
  'echo',
])

/**
 * Speech acts whose content is an infinitive ("vowed to build a wall", "urged Congress to act")
 * or a noun phrase ("announced his resignation", "called for a ban"): reported speech without
 * a clause.
 */
export const ACT_CUES: ReadonlySet<string> = new Set([
  'promise',
  'vow',
  'pledge',
  'threaten',
  'urge',
  'call',
  'demand',
  'propose',
  'announce',
  'deny',
  'offer',
  'refuse',
  'decline',
  'agree',
  'ask',
  'warn',
  'recommend',
  'predict',
  'acknowledge',
  'admit',
  'confirm',
  'reveal',
  'disclose',
  'request',
  // Statements named by their object ("cited a poll", "expressed concern", "questioned his
  // judgment", "rejected the allegation"): PolNeAR's training split annotates the object as
  // the content (each lemma is a cue in over half of its uses there).
  'express',
  'voice',
  'cite',
  'mention',
  'discuss',
  'question',
  'reject',
  'describe',
  'highlight',
  'tout',
  'echo',
  'list',
])

/**
 * Speech acts and attitudes whose content can be a "to"-infinitive ("vowed to build a wall",
 * "refused to pay the fine", "wants to become the party's favourite"): PolNeAR's training split
 * annotates the infinitive as the content. Directive verbs (urge, ask, call on, encourage) are
 * left out: their infinitive is a request made of someone else, read as an event, not a quote.
 */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set([
  'promise',
  'vow',
  'pledge',
  'threaten',
  'swear',
  'refuse',
  'decline',
  'agree',
  'want',
  'hope',
  'wish',
  'expect',
  'plan',
  'claim',
  'prefer',
  'volunteer',
])

/**
 * Attitude verbs whose content is a noun phrase ("most farmers want an extension of the old
 * subsidies", "55% support Okafor"): PolNeAR annotates the preference as a belief attribution.
 * Evaluative speech verbs (criticize, praise) are not here: they report an act (an event), and
 * their object is its target, not something said.
 */
export const STANCE_CUES: ReadonlySet<string> = new Set([
  'want',
  'support',
  'endorse',
  'prefer',
  'oppose',
  'favor',
  'favour',
  // Findings: "the survey shows Okafor at 41 percent", "the photo showed boats with nets".
  'show',
])

/**
 * Evaluative speech acts whose object and its complement state a claim: "accused the mayor of
 * lying", "criticized the firm for closing a depot", "dismissed her as a TV chef". Keyed by
 * lemma, with the prepositions that open the complement. The content is the object with its
 * complement (PolNeAR's reading). A bare object ("criticized the Ukrainian president") names a
 * target, not a claim: that is an event, not a quote.
 * Where the entries come from: the evaluative verbs most often annotated as cues in PolNeAR's
 * training split (accuse, criticize, blame, describe, dismiss, praise, ...), with their
 * prepositions; to extend, add the verb with the prepositions that carry its claim.
 */
export const CLAIM_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accuse', new Set(['of'])],
  ['charge', new Set(['with'])],
  ['blame', new Set(['for'])],
  ['fault', new Set(['for'])],
  ['criticize', new Set(['for', 'as'])],
  ['criticise', new Set(['for', 'as'])],
  ['attack', new Set(['for', 'as'])],
  ['slam', new Set(['for', 'as'])],
  ['blast', new Set(['for', 'as'])],
  ['chide', new Set(['for'])],
  ['scold', new Set(['for'])],
  ['rebuke', new Set(['for'])],
  ['lambaste', new Set(['for', 'as'])],
  ['condemn', new Set(['for', 'as'])],
  ['denounce', new Set(['for', 'as'])],
  ['mock', new Set(['for', 'as'])],
  ['ridicule', new Set(['for', 'as'])],
  ['deride', new Set(['for', 'as'])],
  ['praise', new Set(['for', 'as'])],
  ['commend', new Set(['for'])],
  ['applaud', new Set(['for'])],
  ['credit', new Set(['with', 'for'])],
  ['hail', new Set(['as', 'for'])],
  ['describe', new Set(['as'])],
  ['dismiss', new Set(['as'])],
  ['portray', new Set(['as'])],
  ['depict', new Set(['as'])],
  ['paint', new Set(['as'])],
  ['cast', new Set(['as'])],
  ['characterize', new Set(['as'])],
  ['characterise', new Set(['as'])],
  ['label', new Set(['as'])],
  ['brand', new Set(['as'])],
  ['tout', new Set(['as'])],
  ['view', new Set(['as'])],
  ['regard', new Set(['as'])],
  ['see', new Set(['as'])],
])

/**
 * Nouns of findings that frame a clause as their content: "In the survey, Meyer leads Ortiz
 * among women", "In a new poll, 52 percent of parents said ...". PolNeAR annotates "In" as the cue
 * and the survey as the source. From the training split's most frequent frames; to extend, add
 * a noun that names a set of measured findings (not a statement: "In a statement, X said" is X's).
 */
export const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'study',
  'studies',
  'average',
  'analysis',
  'census',
  'tally',
  'count',
  'forecast',
  'projection',
  'projections',
  'model',
  'ranking',
  'rankings',
])

/**
 * Nouns that name a statement or a belief and take a that-clause as their content: "Ortiz's
 * claim that he can still win", "her warning that the port would lose its ferry".
 * With a possessor (the source) only. From the statement nouns annotated as cues in PolNeAR's
 * training split; to extend, add the singular noun.
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'assertion',
  'argument',
  'statement',
  'warning',
  'promise',
  'pledge',
  'vow',
  'suggestion',
  'allegation',
  'accusation',
  'charge',
  'insistence',
  'belief',
  'view',
  'fear',
  'hope',
  'concern',
  'complaint',
  'announcement',
  'admission',
  'prediction',
  'contention',
  'threat',
  'assurance',
  'boast',
  'declaration',
  'acknowledgment',
  'acknowledgement',
  'conclusion',
  'position',
  'message',
  'remark',
  'comment',
  'point',
  'insinuation',
  'implication',
  'recollection',
  'explanation',
  'theory',
])

/**
 * Verbs whose subject is the target of the statement a noun object names, not its holder ("drew
 * criticism over", "faced questions about", "received support from"): a noun cue after them has
 * no speaker in the sentence's subject. From PolNeAR train errors; add verbs of undergoing.
 */
export const UNDERGO_VERBS: ReadonlySet<string> = new Set([
  'draw',
  'face',
  'receive',
  'get',
  'attract',
  'earn',
  'win',
  'garner',
  'weather',
  'endure',
  'deflect',
  'dodge',
  'ignore',
  'reject',
  'dismiss',
  'hear',
  'spark',
  'prompt',
  'trigger',
  'provoke',
])
