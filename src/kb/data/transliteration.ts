/**
 * Spelling folds that make transliteration variants of one name meet on one key
 * ("Zelensky", "Zelenskyy", "Zelenskiy"; "Volodymyr", "Wolodymyr"; "Khodorkovsky",
 * "Chodorkowski"). Each rule is a regular expression over one lower-cased, diacritic-free name
 * token and its replacement, applied in order.
 *
 * Where the entries come from: the BGN/PCGN, Library of Congress, German (Duden) and
 * "journalistic" romanisations of Cyrillic and Arabic names, which mostly differ in how they
 * spell -ий/-ый endings (-iy, -yy, -ii, -y, -i), х (kh, ch, h), ж (zh, j), в (v, w), ш (sh, sch),
 * ю/я (yu/ju/iu, ya/ja/ia), and in doubled letters. Extend with a rule that folds two common
 * spellings of one sound; keep folds general (never one name's spelling).
 */
export const TOKEN_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/sch/g, 'sh'],
  [/kh/g, 'h'],
  [/ch(?=[rl])/g, 'h'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ck/g, 'k'],
  // -iya, -iia, -ya endings of feminine names (Yuliya, Yulia, Iulia): one ending.
  [/(?:iy|ii|y)a$/g, 'ia'],
  // Yu-, Iu-, Ju- (Ю): one sound at the start of a name too.
  [/^(?:yu|iu|ju)/g, 'u'],
  // Inside a word only: a leading Ja or Ye is a sound of its own ("Japan", "Yemen").
  [/(?<=[a-z])(?:ju|iu|yu)/g, 'u'],
  [/(?<=[a-z])(?:ja|ia|ya)(?=.)/g, 'a'],
  [/(?<=[a-z])(?:je|ye)/g, 'e'],
  // -iy, -yy, -ij, -ii, -yi, -i endings of Slavic adjectives and surnames: one ending.
  [/(?:iy|yy|ij|ii|yi|y|i)$/g, 'y'],
  // Doubled letters collapse ("Zelenskyy" has been folded above; "Hassan"/"Hasan").
  [/([a-z])\1+/g, '$1'],
]

/** Name particles and honorifics left out of a name key. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'jr',
  'sr',
  'the',
])
