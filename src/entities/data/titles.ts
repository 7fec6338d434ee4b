/**
 * Titles and offices that stand before a person's name in news copy ("President", "Foreign
 * Minister", "Secretary of State") or head an apposition ("head of the Presidential Office").
 *
 * Entries are written from general newsroom usage (AP and Reuters style guides' lists of formal
 * titles, and the offices common in international news). Phrases are lower case; hyphens are
 * separate words, as the tokenizer splits them ("president-elect" is "president - elect").
 * To extend: add a row; `title` is the canonical spelling used in `roles[].title`, `gender` is
 * set only when the title itself tells it (king, chairwoman).
 */
export interface TitleEntry {
  readonly phrase: string
  readonly title: string
  readonly gender?: 'm' | 'f'
  /** The word is also common outside titles ("General Motors", "Speaker of the House"): as a
   * capitalised title before a name it needs a two-word name or a known first name after it. */
  readonly ambiguous?: true
}

/** Person titles and offices. */
export const TITLES: readonly TitleEntry[] = [
  { phrase: 'president', title: 'President' },
  { phrase: 'president-elect', title: 'President-elect' },
  { phrase: 'vice president', title: 'Vice President' },
  { phrase: 'vice president-elect', title: 'Vice President-elect' },
  { phrase: 'vice-president', title: 'Vice President' },
  { phrase: 'prime minister', title: 'Prime Minister' },
  { phrase: 'prime minister-designate', title: 'Prime Minister-designate' },
  { phrase: 'deputy prime minister', title: 'Deputy Prime Minister' },
  { phrase: 'first deputy prime minister', title: 'First Deputy Prime Minister' },
  { phrase: 'minister', title: 'Minister' },
  { phrase: 'deputy minister', title: 'Deputy Minister' },
  { phrase: 'secretary of state', title: 'Secretary of State' },
  { phrase: 'secretary', title: 'Secretary', ambiguous: true },
  { phrase: 'secretary-general', title: 'Secretary-General' },
  { phrase: 'secretary general', title: 'Secretary-General' },
  { phrase: 'under secretary', title: 'Under Secretary' },
  { phrase: 'attorney general', title: 'Attorney General' },
  { phrase: 'surgeon general', title: 'Surgeon General' },
  { phrase: 'chief of staff', title: 'Chief of Staff' },
  { phrase: 'national security adviser', title: 'National Security Adviser' },
  { phrase: 'national security advisor', title: 'National Security Adviser' },
  { phrase: 'press secretary', title: 'Press Secretary' },
  { phrase: 'chancellor', title: 'Chancellor' },
  { phrase: 'premier', title: 'Premier', ambiguous: true },
  { phrase: 'king', title: 'King', gender: 'm' },
  { phrase: 'queen', title: 'Queen', gender: 'f' },
  { phrase: 'prince', title: 'Prince', gender: 'm' },
  { phrase: 'crown prince', title: 'Crown Prince', gender: 'm' },
  { phrase: 'princess', title: 'Princess', gender: 'f' },
  { phrase: 'emperor', title: 'Emperor', gender: 'm' },
  { phrase: 'empress', title: 'Empress', gender: 'f' },
  { phrase: 'emir', title: 'Emir', gender: 'm' },
  { phrase: 'sheikh', title: 'Sheikh', gender: 'm' },
  { phrase: 'sultan', title: 'Sultan', gender: 'm' },
  { phrase: 'pope', title: 'Pope', gender: 'm' },
  { phrase: 'cardinal', title: 'Cardinal', gender: 'm', ambiguous: true },
  { phrase: 'archbishop', title: 'Archbishop' },
  { phrase: 'bishop', title: 'Bishop', ambiguous: true },
  { phrase: 'ayatollah', title: 'Ayatollah', gender: 'm' },
  { phrase: 'supreme leader', title: 'Supreme Leader' },
  { phrase: 'governor', title: 'Governor' },
  { phrase: 'gov.', title: 'Governor' },
  { phrase: 'lieutenant governor', title: 'Lieutenant Governor' },
  { phrase: 'senator', title: 'Senator' },
  { phrase: 'sen.', title: 'Senator' },
  { phrase: 'rep.', title: 'Representative' },
  { phrase: 'representative', title: 'Representative', ambiguous: true },
  { phrase: 'congressman', title: 'Congressman', gender: 'm' },
  { phrase: 'congresswoman', title: 'Congresswoman', gender: 'f' },
  { phrase: 'speaker', title: 'Speaker', ambiguous: true },
  { phrase: 'house speaker', title: 'House Speaker' },
  { phrase: 'majority leader', title: 'Majority Leader' },
  { phrase: 'minority leader', title: 'Minority Leader' },
  { phrase: 'mayor', title: 'Mayor' },
  { phrase: 'ambassador', title: 'Ambassador' },
  { phrase: 'envoy', title: 'Envoy', ambiguous: true },
  { phrase: 'special envoy', title: 'Special Envoy' },
  { phrase: 'judge', title: 'Judge', ambiguous: true },
  { phrase: 'justice', title: 'Justice', ambiguous: true },
  { phrase: 'chief justice', title: 'Chief Justice' },
  { phrase: 'prosecutor', title: 'Prosecutor' },
  { phrase: 'prosecutor general', title: 'Prosecutor General' },
  { phrase: 'general', title: 'General', ambiguous: true },
  { phrase: 'gen.', title: 'General' },
  { phrase: 'lt. gen.', title: 'Lieutenant General' },
  { phrase: 'maj. gen.', title: 'Major General' },
  { phrase: 'brig. gen.', title: 'Brigadier General' },
  { phrase: 'lieutenant general', title: 'Lieutenant General' },
  { phrase: 'major general', title: 'Major General' },
  { phrase: 'colonel', title: 'Colonel' },
  { phrase: 'col.', title: 'Colonel' },
  { phrase: 'lieutenant colonel', title: 'Lieutenant Colonel' },
  { phrase: 'major', title: 'Major', ambiguous: true },
  { phrase: 'maj.', title: 'Major' },
  { phrase: 'captain', title: 'Captain', ambiguous: true },
  { phrase: 'capt.', title: 'Captain' },
  { phrase: 'lieutenant', title: 'Lieutenant', ambiguous: true },
  { phrase: 'lt.', title: 'Lieutenant' },
  { phrase: 'sergeant', title: 'Sergeant' },
  { phrase: 'sgt.', title: 'Sergeant' },
  { phrase: 'admiral', title: 'Admiral' },
  { phrase: 'adm.', title: 'Admiral' },
  { phrase: 'commander', title: 'Commander', ambiguous: true },
  { phrase: 'commander-in-chief', title: 'Commander-in-Chief' },
  { phrase: 'field marshal', title: 'Field Marshal' },
  { phrase: 'chief executive', title: 'Chief Executive' },
  { phrase: 'chief executive officer', title: 'Chief Executive Officer' },
  { phrase: 'ceo', title: 'CEO' },
  { phrase: 'cfo', title: 'CFO' },
  { phrase: 'chief financial officer', title: 'Chief Financial Officer' },
  { phrase: 'chief economist', title: 'Chief Economist' },
  { phrase: 'economist', title: 'Economist', ambiguous: true },
  { phrase: 'analyst', title: 'Analyst', ambiguous: true },
  { phrase: 'chairman', title: 'Chairman', gender: 'm', ambiguous: true },
  { phrase: 'chairwoman', title: 'Chairwoman', gender: 'f' },
  { phrase: 'chairperson', title: 'Chairperson' },
  { phrase: 'chair', title: 'Chair', ambiguous: true },
  { phrase: 'director', title: 'Director', ambiguous: true },
  { phrase: 'director general', title: 'Director General' },
  { phrase: 'director-general', title: 'Director-General' },
  { phrase: 'spokesman', title: 'Spokesman', gender: 'm' },
  { phrase: 'spokeswoman', title: 'Spokeswoman', gender: 'f' },
  { phrase: 'spokesperson', title: 'Spokesperson' },
  { phrase: 'commissioner', title: 'Commissioner' },
  { phrase: 'high commissioner', title: 'High Commissioner' },
  { phrase: 'leader', title: 'Leader', ambiguous: true },
  { phrase: 'opposition leader', title: 'Opposition Leader' },
  { phrase: 'head', title: 'Head', ambiguous: true },
  { phrase: 'founder', title: 'Founder', ambiguous: true },
  { phrase: 'co-founder', title: 'Co-founder' },
  { phrase: 'adviser', title: 'Adviser', ambiguous: true },
  { phrase: 'advisor', title: 'Adviser', ambiguous: true },
  { phrase: 'aide', title: 'Aide', ambiguous: true },
  { phrase: 'lawmaker', title: 'Lawmaker' },
  { phrase: 'mp', title: 'MP' },
  { phrase: 'coach', title: 'Coach', ambiguous: true },
  { phrase: 'manager', title: 'Manager', ambiguous: true },
  { phrase: 'nominee', title: 'Nominee', ambiguous: true },
  { phrase: 'candidate', title: 'Candidate', ambiguous: true },
  { phrase: 'presidential candidate', title: 'Presidential Candidate' },
  { phrase: 'presidential nominee', title: 'Presidential Nominee' },
  { phrase: 'first lady', title: 'First Lady', gender: 'f' },
  { phrase: 'mufti', title: 'Mufti', gender: 'm' },
  { phrase: 'rabbi', title: 'Rabbi' },
  { phrase: 'imam', title: 'Imam', gender: 'm' },
  { phrase: 'professor', title: 'Professor' },
  { phrase: 'prof.', title: 'Professor' },
]

/**
 * Title heads that take a portfolio word before them ("Foreign Minister", "Health Secretary",
 * "Defence Minister"): any capitalised word that is not a place or nationality joins the title.
 */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set([
  'minister',
  'secretary',
  'commissioner',
  'director',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'adviser',
  'advisor',
  'leader',
])

/**
 * Modifiers written before a title. `former`, `ex-` and `then-` all say the office is past (the
 * title becomes "former X"); `acting` and `interim` are kept; the rest are dropped from the title.
 */
export const TITLE_MODIFIERS: ReadonlyMap<string, string | null> = new Map([
  ['former', 'former'],
  ['ex', 'former'],
  ['then', 'former'],
  ['acting', 'acting'],
  ['interim', 'interim'],
  ['late', null],
  ['outgoing', null],
  ['incoming', null],
  ['current', null],
  ['new', null],
  ['newly', null],
  ['elected', null],
  ['top', null],
  ['senior', null],
  ['veteran', null],
  ['longtime', null],
  ['embattled', null],
])

/**
 * Honorifics: not roles, but they tell a person and often the gender. From AP style (courtesy
 * titles) and common forms in British and international copy.
 */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'],
  ['mr.', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
  ['dr', null],
  ['dr.', null],
  ['mx', null],
  ['mx.', null],
])
