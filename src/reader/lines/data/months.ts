/**
 * Month names and abbreviations (lowercase, without a final period) of English, German, French,
 * Spanish, Italian, Portuguese, Dutch and Polish (nominative and genitive), mapped to 1-12. From
 * the languages' standard calendars (CLDR month names, wide and abbreviated forms). Extend by
 * adding the forms of a language; the date finder builds its pattern from these keys.
 */
// biome-ignore format: a table reads better one language group per line
const MONTH_FORMS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'sty'],
  ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'luty', 'lutego', 'lut'],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marzec', 'marca'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'lip'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'sie'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'wrzesień', 'września', 'wrz'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'paź'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'gru'],
]

/** Month name or abbreviation (lowercase) → month number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_FORMS.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)),
)

/**
 * Weekday names and abbreviations (lowercase) of the same languages: a byline's date often
 * starts with one ("Tue November 5, 2024"); the date finder skips them.
 */
// biome-ignore format: a table
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
])

/**
 * Time-zone abbreviations a byline may state, with their UTC offset. Ambiguous ones ("ET", "IST")
 * are left out: a time with them stays local. From the standard abbreviations of the US and
 * European zones.
 */
// biome-ignore format: a table
export const ZONES: ReadonlyMap<string, string> = new Map([
  ['utc', '+00:00'], ['gmt', '+00:00'], ['z', '+00:00'],
  ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
  ['bst', '+01:00'], ['cet', '+01:00'], ['cest', '+02:00'], ['mez', '+01:00'], ['mesz', '+02:00'],
  ['eet', '+02:00'], ['eest', '+03:00'], ['msk', '+03:00'],
])
