/**
 * The trigger lexicon: verbs and nouns (matched on wink-nlp lemmas) that name a PLOVER event, with
 * the category, mode and nearest CAMEO code they code to.
 *
 * Sources: the category and mode definitions and examples of the PLOVER manual
 * (shared/reference/plover/PLOVER_MANUAL.tex, Draft 0.8, 2021), the CAMEO → PLOVER table
 * (CAMEO2PLOVER-2021.txt) for the CAMEO codes, and the verb phrases of the CAMEO 1.1b3 codebook's
 * verb dictionaries (Schrodt, Gerner et al.), written from them by hand. Where the manual and the
 * CAMEO table disagree the manual wins (imposing sanctions is SANCTION/discontinue, not
 * COERCE/restrict; an invasion is ASSAULT).
 *
 * Pattern syntax: lemmas separated by spaces, `a|b` for alternatives. Each word after the first may
 * be separated from the previous one by up to four modifier tokens (determiners, adjectives,
 * nouns, numbers: "held a phone call", "imposed new sanctions"); a word written `=word` must follow
 * the previous one directly ("beat =up", "open =fire"). When several entries match at one token the
 * longest wins, so "strike * deal" (AGREE) beats "strike" (ASSAULT).
 *
 * Nouns become events after a light verb ("held talks", "launched an investigation", see
 * LIGHT_VERBS in cues.ts), or, when `standalone`, with an actor of their own ("Russia's invasion",
 * "attacks by rebels") or an occurrence verb ("the visit has yet to occur").
 *
 * To extend: add a row; keep the CAMEO code the nearest one in CAMEO2PLOVER-2021.txt (or null).
 */

/** How a trigger is read. */
export interface TriggerSpec {
  readonly pattern: string
  readonly category: string
  readonly mode: string | null
  readonly cameo: string | null
  /** Part of speech of the first word. */
  readonly head: 'verb' | 'noun'
  /** Prepositions that introduce the recipient ("talks with X", "sanctions on X"). */
  readonly preps: readonly string[]
  /** A verb whose direct object is the recipient. */
  readonly object: boolean
  /** Takes an embedded event ("agreed to visit", "threatened to cut ties", "refused to meet"). */
  readonly control: 'agree' | 'vow' | 'threaten' | 'request' | 'reject' | null
  /** "urged X to ...": the object is the embedded clause's subject. */
  readonly objectControl: boolean
  /** A noun that is an event on its own when it has an actor or an occurrence verb. */
  readonly standalone: boolean
  /** The next token must be a name or a personal pronoun ("called Trump", not "called for"). */
  readonly nextName: boolean
  /** The grammatical subject stays the actor in the passive ("Trump will be inaugurated"). */
  readonly subjectIsActor: boolean
  /** Only a trigger with a `to`/`that` complement ("failed to agree", not "the talks failed"). */
  readonly complement: boolean
}

type Opts = Partial<Omit<TriggerSpec, 'pattern' | 'category' | 'mode' | 'cameo' | 'head'>>

function v(
  pattern: string,
  category: string,
  mode: string | null,
  cameo: string | null,
  opts: Opts = {},
): TriggerSpec {
  return {
    pattern,
    category,
    mode,
    cameo,
    head: 'verb',
    preps: opts.preps ?? [],
    object: opts.object ?? true,
    control: opts.control ?? null,
    objectControl: opts.objectControl ?? false,
    standalone: false,
    nextName: opts.nextName ?? false,
    subjectIsActor: opts.subjectIsActor ?? false,
    complement: opts.complement ?? false,
  }
}

function n(
  pattern: string,
  category: string,
  mode: string | null,
  cameo: string | null,
  opts: Opts = {},
): TriggerSpec {
  return {
    pattern,
    category,
    mode,
    cameo,
    head: 'noun',
    preps: opts.preps ?? [],
    object: false,
    control: null,
    objectControl: false,
    standalone: opts.standalone ?? false,
    nextName: false,
    subjectIsActor: opts.subjectIsActor ?? false,
    complement: false,
  }
}

const WITH = ['with', 'between']
const TO = ['to', 'for']
const ON = ['on', 'against']
const MONEY =
  'aid|assistance|grant|loan|fund|funding|dollar|euro|credit|weapon|arm|supply|intelligence|equipment|medicine|fuel|vaccine'

/** Every trigger. Category names are PLOVER 2021's 16 plus one outside PLOVER: ELECTION. */
export const TRIGGERS: readonly TriggerSpec[] = [
  // AGREE: offers, promises, agreements to cooperate (CAMEO 03x).
  v('agree', 'AGREE', null, '030', { control: 'agree', object: false, preps: ['on', 'with'] }),
  v('offer', 'AGREE', null, '030', { control: 'agree', preps: TO }),
  v('promise', 'AGREE', null, '030', { control: 'agree', preps: TO }),
  v('pledge', 'AGREE', null, '030', { control: 'vow', preps: TO }),
  v('vow', 'AGREE', null, '030', { control: 'vow', object: false, complement: true }),
  v('swear', 'AGREE', null, '030', { control: 'vow', object: false, complement: true }),
  v('commit', 'AGREE', null, '030', { object: false, preps: ['to'] }),
  v('accept', 'AGREE', null, '030', { object: false }),
  v('accept * demand|condition|term', 'CONCEDE', null, '083'),
  v('reach * agreement|deal|accord|compromise|settlement|understanding', 'AGREE', null, '030', {
    object: false,
    preps: WITH,
  }),
  v('strike * deal|agreement|bargain', 'AGREE', null, '030', { object: false, preps: WITH }),
  n('agreement|deal|accord|pact|treaty', 'AGREE', null, '030', { preps: WITH }),
  // CONSULT: meetings, talks, visits, calls (CAMEO 04x).
  v('meet', 'CONSULT', null, '040', { preps: WITH }),
  v('talk', 'CONSULT', null, '040', { object: false, preps: WITH }),
  v('speak =with|=to', 'CONSULT', null, '040', { object: false, preps: WITH }),
  v('negotiate', 'CONSULT', null, '046', { object: false, preps: WITH }),
  v('consult', 'CONSULT', null, '040', { preps: WITH }),
  v('discuss', 'CONSULT', null, '040', { object: false, preps: WITH }),
  v('mediate', 'CONSULT', null, '045', { object: false, preps: ['between'] }),
  v('visit', 'CONSULT', 'visit', '042'),
  v('host', 'CONSULT', 'visit', '043'),
  v('phone', 'CONSULT', 'phone', '041'),
  v('call', 'CONSULT', 'phone', '041', { nextName: true }),
  n('talk|negotiation|discussion|consultation|dialogue', 'CONSULT', null, '040', {
    preps: WITH,
    standalone: true,
  }),
  n('meeting|summit', 'CONSULT', null, '040', { preps: WITH, standalone: true }),
  n('mediation', 'CONSULT', null, '045', { preps: ['between'] }),
  n('call|conversation', 'CONSULT', 'phone', '041', { preps: WITH }),
  n('phone|telephone =call|=conversation|=talk', 'CONSULT', 'phone', '041', {
    preps: WITH,
    standalone: true,
  }),
  n('visit|trip', 'CONSULT', 'visit', '042', { preps: ['to'], standalone: true }),
  // SUPPORT: praise, endorsement, recognition, signed agreements (CAMEO 05x).
  v('congratulate', 'SUPPORT', null, '051'),
  v('praise|commend|hail|laud|applaud|welcome|thank', 'SUPPORT', null, '051'),
  v('endorse|back|support', 'SUPPORT', null, '051'),
  v('defend', 'SUPPORT', null, '052'),
  v('rally * support', 'SUPPORT', null, '053', { object: false, preps: ['for'] }),
  v('recognize|recognise', 'SUPPORT', null, '054', { nextName: true }),
  v('apologize|apologise', 'SUPPORT', null, '055', { object: false, preps: TO }),
  v('forgive|pardon', 'SUPPORT', null, '056'),
  v('sign|ratify', 'SUPPORT', null, '057', { preps: WITH }),
  v('establish|restore|normalize|normalise * tie|relation', 'SUPPORT', null, '050', {
    object: false,
    preps: WITH,
  }),
  n('congratulation|praise|endorsement|apology', 'SUPPORT', null, '051', { preps: TO }),
  // COOPERATE: mutual material cooperation (CAMEO 06x).
  v('cooperate|collaborate', 'COOPERATE', null, '060', { object: false, preps: WITH }),
  v('share * intelligence|information|evidence|data', 'COOPERATE', null, '064', {
    object: false,
    preps: WITH,
  }),
  v('extradite', 'COOPERATE', null, '063', { preps: TO }),
  n('war =game', 'COOPERATE', null, '062', { preps: WITH }),
  n('joint * exercise|drill|patrol|operation', 'COOPERATE', null, '062', { preps: WITH }),
  // AID: material aid to the recipient (CAMEO 07x).
  n(MONEY, 'AID', null, '070', { preps: TO }),
  n('military =aid|=assistance', 'AID', null, '072', { preps: TO }),
  n('humanitarian|food|emergency =aid|=assistance', 'AID', null, '073', { preps: TO }),
  n('asylum|refuge', 'AID', null, '075', { preps: TO }),
  v('donate|fund|finance', 'AID', null, '070', { preps: TO }),
  v('rescue', 'AID', null, '070'),
  v('deploy * peacekeeper|peacekeeping', 'AID', null, '074', {
    object: false,
    preps: ['in', 'to'],
  }),
  v('grant * asylum|refuge', 'AID', null, '075', { object: false, preps: TO }),
  // Released money is provided, not freed (the manual's AID: "monetary aid ... grants ... credit").
  v(
    'release|disburse * aid|assistance|fund|funding|loan|tranche|grant|credit|money',
    'AID',
    null,
    '070',
    { object: false, preps: TO },
  ),
  // CONCEDE: verbal concessions, easing restrictions (CAMEO 08x).
  v('ease|relax|lift', 'CONCEDE', null, '081', { preps: ON }),
  v('allow|permit', 'CONCEDE', null, '081', { objectControl: true }),
  v('concede|yield|regret', 'CONCEDE', null, '080'),
  v('drop * charge|demand|case', 'CONCEDE', null, '081'),
  v('shorten * curfew', 'CONCEDE', null, '081'),
  n('amnesty|pardon', 'CONCEDE', null, '081', { preps: TO }),
  v('take * step', 'CONCEDE', null, '080', { object: false }),
  // RETREAT: material de-escalation, releases, resignations (CAMEO 08x).
  v('withdraw|evacuate', 'RETREAT', 'withdraw', '087', { object: false, preps: ['from'] }),
  v('pull =out|=back', 'RETREAT', 'withdraw', '087', { object: false, preps: ['from'] }),
  v('retreat|cede', 'RETREAT', 'withdraw', '0874', { preps: ['from'] }),
  v('lift * blockade|siege', 'RETREAT', 'withdraw', '0872', { object: false, preps: ON }),
  v('release|free', 'RETREAT', 'release', '0841'),
  v('hand =over', 'RETREAT', 'release', '0841', { preps: TO }),
  v('surrender|disarm|demobilize|demobilise', 'RETREAT', 'disarm', '0874', { object: false }),
  v('resign|quit', 'RETREAT', 'resign', null, { object: false }),
  v('step =down', 'RETREAT', 'resign', null, { object: false }),
  v('open * border|bridge|crossing|corridor|port', 'RETREAT', 'access', '086', { preps: TO }),
  v('allow * access|delivery|entry|inspector', 'RETREAT', 'access', '086', { preps: TO }),
  n('withdrawal|pullout|retreat', 'RETREAT', 'withdraw', '087', { preps: ['from'] }),
  n('ceasefire|truce|cease-fire', 'RETREAT', 'ceasefire', '0871', { preps: WITH }),
  n('release', 'RETREAT', 'release', '0841', { preps: ['of'] }),
  n('resignation', 'RETREAT', 'resign', null),
  // REQUEST: appeals, demands, invitations (CAMEO 10x).
  v('urge|ask|press|encourage', 'REQUEST', null, '100', {
    control: 'request',
    objectControl: true,
  }),
  v('call =on|=upon', 'REQUEST', null, '100', { control: 'request', objectControl: true }),
  v('call =for', 'REQUEST', null, '100', { object: false }),
  v('appeal|plead', 'REQUEST', null, '100', { object: false, preps: TO, control: 'request' }),
  v('demand|request', 'REQUEST', null, '100', { control: 'request', preps: ['from', 'of'] }),
  // "insisted on a ceasefire" demands; "insisted its program is peaceful" asserts.
  v('insist =on', 'REQUEST', null, '100', { preps: ['from', 'of'] }),
  v('order', 'REQUEST', null, '100', { control: 'request', objectControl: true }),
  v('seek', 'REQUEST', null, '100', { preps: ['from'] }),
  v('invite', 'REQUEST', 'meet', '106', { control: 'request', objectControl: true }),
  n('demand|appeal|request', 'REQUEST', null, '100', { preps: ['from', 'by', 'to'] }),
  n('invitation', 'REQUEST', 'meet', '106', { preps: TO }),
  // ACCUSE: disapproval, allegations, lawsuits, investigations (CAMEO 09x, 11x).
  v(
    'criticize|criticise|condemn|denounce|decry|deplore|censure|rebuke|reprimand',
    'ACCUSE',
    'disapprove',
    '111',
  ),
  v('slam|lambast|berate|scold', 'ACCUSE', 'disapprove', '111', { nextName: true }),
  v('oppose|object', 'ACCUSE', 'disapprove', '110', { preps: ['to'] }),
  v('summon', 'ACCUSE', 'disapprove', '110'),
  v('complain', 'ACCUSE', 'disapprove', '114', { object: false, preps: ['to', 'about', 'of'] }),
  v('accuse|blame|allege|charge|indict', 'ACCUSE', 'allege', '112'),
  v('lay * blame', 'ACCUSE', 'allege', '112', { object: false, preps: ['on'] }),
  v('sue', 'ACCUSE', 'allege', '115'),
  v('investigate|probe', 'ACCUSE', 'investigate', '090'),
  v('put =under =investigation', 'ACCUSE', 'investigate', '090', { object: false }),
  n('criticism|condemnation', 'ACCUSE', 'disapprove', '111', { preps: ['of', 'against'] }),
  n('protest', 'ACCUSE', 'disapprove', '114', { preps: WITH }),
  n('accusation|allegation|charge', 'ACCUSE', 'allege', '112', { preps: ['against'] }),
  n('complaint|lawsuit|suit', 'ACCUSE', 'allege', '115', { preps: ['against'] }),
  n('investigation|probe|inquiry|hearing', 'ACCUSE', 'investigate', '090', {
    preps: ['into', 'of'],
    standalone: true,
  }),
  // REJECT: rejections and refusals (CAMEO 12x).
  v('reject|rebuff|snub|dismiss|deny|veto|spurn', 'REJECT', null, '120'),
  v('refuse|decline', 'REJECT', null, '120', { control: 'reject' }),
  v('fail', 'REJECT', null, '120', { control: 'reject', complement: true }),
  v('renege', 'REJECT', null, '120', { object: false, preps: ['on'] }),
  v('rule =out', 'REJECT', null, '120'),
  v('defy|violate|flout', 'REJECT', null, '128'),
  v('cancel|postpone', 'REJECT', 'meet', '125'),
  n('refusal|rejection', 'REJECT', null, '120', { preps: ['of'] }),
  // THREATEN (CAMEO 13x).
  v('threaten|warn', 'THREATEN', null, '130', { control: 'threaten', preps: ON }),
  n('threat', 'THREATEN', null, '130', { preps: ON }),
  n('ultimatum', 'THREATEN', 'relations', '139', { preps: TO }),
  // PROTEST: collective dissent (CAMEO 14x).
  v('protest|demonstrate|rally|march', 'PROTEST', 'demo', '141', {
    object: false,
    preps: ['against'],
  }),
  v('riot', 'PROTEST', 'riot', '145', { object: false, preps: ['against'] }),
  v('boycott', 'PROTEST', 'boycott', '143'),
  v('block|barricade', 'PROTEST', 'obstruct', '144'),
  v('stop =work', 'PROTEST', 'strike', '143', { object: false }),
  n('protest|demonstration|rally|sit-in|riot', 'PROTEST', 'demo', '141', {
    preps: ['against'],
    standalone: true,
  }),
  n('strike|walkout', 'PROTEST', 'strike', '143', { preps: ['against'] }),
  n('hunger =strike', 'PROTEST', 'hunger', '142', { preps: ['against'] }),
  n('boycott', 'PROTEST', 'boycott', '143', { preps: ['of'] }),
  // SANCTION: reduced relations (CAMEO 16x).
  v('sanction', 'SANCTION', 'discontinue', '163'),
  v('impose|slap|tighten * sanction|embargo', 'SANCTION', 'discontinue', '163', {
    object: false,
    preps: ON,
  }),
  v('suspend|freeze|halt', 'SANCTION', 'discontinue', '160', { preps: ['to', 'for', 'with'] }),
  v(
    'cut|reduce|stop|end * aid|assistance|funding|supply|export|import|link|flight|loan',
    'SANCTION',
    'discontinue',
    '162',
    {
      object: false,
      preps: ['to', 'for', 'with'],
    },
  ),
  v('cut|sever|break * tie|relation|contact', 'SANCTION', 'withdraw', '161', {
    object: false,
    preps: WITH,
  }),
  v(
    'recall|withdraw * ambassador|envoy|diplomat|observer|monitor|inspector|peacekeeper|staff|personnel|mission',
    'SANCTION',
    'withdraw',
    '161',
    {
      object: false,
      preps: ['from'],
    },
  ),
  v('end|halt|suspend * mediation|talk|negotiation', 'SANCTION', 'withdraw', '164', {
    object: false,
    preps: WITH,
  }),
  v('expel', 'SANCTION', 'expel', '166', { preps: ['from'] }),
  v('convict', 'SANCTION', 'convict', '116'),
  n('sanction|embargo', 'SANCTION', 'discontinue', '163', { preps: ON, standalone: true }),
  // A ban on trade is an embargo (CAMEO 163): "a ban on imports of Russian gas".
  n('ban =on import|export|purchase|sale|shipment', 'SANCTION', 'discontinue', '163', {
    preps: ['of', 'from', 'to'],
  }),
  v('phase =out * import|export|purchase|supply', 'SANCTION', 'discontinue', '163', {
    object: false,
    preps: ['of', 'from', 'to'],
  }),
  n('suspension', 'SANCTION', 'discontinue', '160', { preps: ['with', 'to', 'of'] }),
  // MOBILIZE: military or police posturing (CAMEO 15x).
  v('mobilize|mobilise|mass', 'MOBILIZE', 'troops', '154', { preps: ['against'] }),
  v('deploy', 'MOBILIZE', 'troops', '154', { preps: ['to', 'in'] }),
  v('send * troop|force|soldier|warship|tank|reinforcement', 'MOBILIZE', 'troops', '154', {
    object: false,
    preps: ['to', 'into'],
  }),
  v('order * patrol', 'MOBILIZE', 'police', '153', { object: false }),
  n('military * exercise|drill', 'MOBILIZE', 'troops', '152', { preps: ['near'] }),
  n('deployment', 'MOBILIZE', 'troops', '154', { preps: ['to', 'in'] }),
  n('mobilization|mobilisation', 'MOBILIZE', 'troops', '154', { preps: ['against'] }),
  // COERCE: repression short of violence (CAMEO 17x).
  v('arrest|detain|jail|imprison|sentence', 'COERCE', 'arrest', '173'),
  v('seize|confiscate|raid', 'COERCE', 'seize', '171'),
  v('occupy', 'COERCE', 'seize', '192'),
  v('ban|outlaw|restrict|bar', 'COERCE', 'restrict', '172'),
  v('censor', 'COERCE', 'censor', '1721'),
  v('suspend|shut * publication|broadcast|newspaper', 'COERCE', 'censor', '1721'),
  v('impose|institute|declare * curfew', 'COERCE', 'curfew', '1723', {
    object: false,
    preps: ['in', 'on'],
  }),
  v('impose|declare * martial =law', 'COERCE', 'martial-law', '1724', {
    object: false,
    preps: ['in', 'on'],
  }),
  v('deport', 'COERCE', 'deport', '174'),
  v('force =out', 'COERCE', 'deport', '174'),
  v('blockade|besiege', 'COERCE', 'restrict', '191'),
  v('crack =down', 'COERCE', 'restrict', '172', { object: false, preps: ['on'] }),
  v('pressure|coerce|pressurize', 'COERCE', null, '170', { objectControl: true }),
  v('withhold', 'COERCE', 'withhold', null, { preps: ['from'] }),
  v('cut =off', 'COERCE', 'withhold', null, { preps: ['to', 'for'] }),
  v('shut =off|=down', 'COERCE', 'withhold', null, { preps: ['to', 'for'] }),
  v('hack', 'COERCE', 'cyber', null, { preps: ['into'] }),
  n('arrest|detention', 'COERCE', 'arrest', '173', { preps: ['of'] }),
  n('curfew', 'COERCE', 'curfew', '1723', { preps: ['in', 'on'] }),
  n('crackdown', 'COERCE', 'restrict', '172', { preps: ['on', 'against'], standalone: true }),
  n('cyberattack|cyber-attack', 'COERCE', 'cyber', null, { preps: ON, standalone: true }),
  // ASSAULT: force (CAMEO 18x, 19x, 20x).
  v('attack|assault|invade|storm|ambush', 'ASSAULT', null, '190'),
  v('strike|hit', 'ASSAULT', null, '190', { nextName: true }),
  v('kill|wound|injure', 'ASSAULT', null, '190'),
  v('fight|clash', 'ASSAULT', null, '190', { object: false, preps: ['with', 'against'] }),
  v('retake|retaken|recapture|overrun|capture', 'ASSAULT', null, '190'),
  v('assassinate|execute|murder|massacre', 'ASSAULT', 'targeted', '186'),
  v('attempt =to =assassinate', 'ASSAULT', 'targeted', '185'),
  v('beat', 'ASSAULT', 'beat', '182', { nextName: true }),
  v('beat =up', 'ASSAULT', 'beat', '182'),
  v('torture', 'ASSAULT', 'torture', '1822'),
  v('rape', 'ASSAULT', 'sexual', '1821'),
  v('kidnap|abduct|hijack', 'ASSAULT', 'abduct', '181'),
  v('take * hostage|captive', 'ASSAULT', 'abduct', '181', { object: false }),
  v('hold * hostage|captive', 'ASSAULT', 'abduct', '184'),
  v('use * as =human =shield', 'ASSAULT', 'abduct', '184'),
  v('bomb', 'ASSAULT', 'explosives', '183'),
  v('blow =up', 'ASSAULT', 'destroy', '1712'),
  v('destroy|demolish|raze|bulldoze|torch', 'ASSAULT', 'destroy', '1712'),
  v('shell|bombard|pound', 'ASSAULT', 'heavy-weapons', '194'),
  v('fire * rocket|missile|shell|mortar|artillery', 'ASSAULT', 'heavy-weapons', '194', {
    object: false,
    preps: ['at', 'on', 'into'],
  }),
  v('open =fire', 'ASSAULT', 'firearms', '193', { object: false, preps: ['on', 'at'] }),
  v('fire|use * tear =gas', 'ASSAULT', 'crowd-control', '175', {
    object: false,
    preps: ['at', 'on'],
  }),
  v('fire|use * rubber =bullet', 'ASSAULT', 'crowd-control', '175', {
    object: false,
    preps: ['at', 'on'],
  }),
  v('use * water =cannon', 'ASSAULT', 'crowd-control', '175', {
    object: false,
    preps: ['at', 'on'],
  }),
  v('shoot', 'ASSAULT', 'firearms', '193', { preps: ['at'] }),
  v('violate * ceasefire|truce|cease-fire', 'ASSAULT', null, '196'),
  v('use * chemical|biological|nuclear =weapon', 'ASSAULT', 'unconventional', '2041'),
  n('attack|assault|offensive|incursion|raid', 'ASSAULT', null, '190', {
    preps: ['on', 'against', 'in'],
    standalone: true,
  }),
  n('invasion', 'ASSAULT', null, '190', { preps: ['of'], standalone: true }),
  n('air =strike|=raid', 'ASSAULT', 'aerial', '195', {
    preps: ['on', 'against', 'in'],
    standalone: true,
  }),
  n('airstrike|bombardment', 'ASSAULT', 'aerial', '195', {
    preps: ['on', 'against', 'in'],
    standalone: true,
  }),
  n('drone =strike|=attack', 'ASSAULT', 'drone', '195', {
    preps: ['on', 'against'],
    standalone: true,
  }),
  n('missile =strike|=attack', 'ASSAULT', 'heavy-weapons', '195', { preps: ON, standalone: true }),
  n('shelling', 'ASSAULT', 'heavy-weapons', '194', { preps: ['of', 'on'], standalone: true }),
  n('bomb =attack', 'ASSAULT', 'explosives', '183', { preps: ['on', 'in'], standalone: true }),
  n('bombing', 'ASSAULT', 'explosives', '183', {
    preps: ['of', 'on', 'in'],
    standalone: true,
  }),
  n('suicide * bombing|attack', 'ASSAULT', 'suicide-attack', '1831', {
    preps: ['in', 'on'],
    standalone: true,
  }),
  n('assassination', 'ASSAULT', 'targeted', '186', { preps: ['of'], standalone: true }),
  n('massacre', 'ASSAULT', 'targeted', '202', { preps: ['of'], standalone: true }),
  // ELECTION (outside PLOVER; the manual's "election" context): wins and inaugurations.
  v('win * election|vote|presidency|poll|race|primary|runoff', 'ELECTION', 'win', null, {
    object: false,
    subjectIsActor: true,
  }),
  v('inaugurate', 'ELECTION', 'inauguration', null, { object: false, subjectIsActor: true }),
  v('swear =in', 'ELECTION', 'inauguration', null, { object: false, subjectIsActor: true }),
  n('inauguration', 'ELECTION', 'inauguration', null, { preps: ['of'], standalone: true }),
]

/** The PLOVER categories of material acts: cooperation and conflict done, not said. */
export const MATERIAL_CATEGORIES: ReadonlySet<string> = new Set([
  'COOPERATE',
  'AID',
  'RETREAT',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
])

/**
 * Verbs that name a material act ("withdrew its troops", "deployed", "arrested"): the first word
 * of every verb trigger of a material category. Another stage may ask whether a verb reports an
 * act rather than a statement.
 */
export const MATERIAL_ACT_VERBS: ReadonlySet<string> = new Set(
  TRIGGERS.filter((t) => t.head === 'verb' && MATERIAL_CATEGORIES.has(t.category)).flatMap((t) =>
    (t.pattern.split(' ')[0] as string).split('|'),
  ),
)
