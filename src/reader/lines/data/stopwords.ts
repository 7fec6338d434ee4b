/**
 * Common function words of the languages the reader meets most (English, German, French,
 * Spanish, Italian, Polish, Portuguese, Dutch; the commonest few of Finnish, Swedish, Hungarian,
 * Czech and Turkish). Prose is dense in them; menus, link lists, credits
 * and headlines are not, so their share of a line's words is the reader's main "is this running
 * text?" signal. Entries: the most frequent closed-class words of each language (articles,
 * prepositions, pronouns, auxiliaries, conjunctions), from general frequency lists, lowercased.
 * Extend with care: only function words of a language (no nouns, which are content), and
 * no word shorter than two letters except the vowels/consonants that are words on their own.
 */
const WORDS = `
the of and to in a is that for it as was with be by on not he this are or his from at which but
have has had an they you were her she there been one all we their its our would will can if more
when who so no into than them these then also may any could about after over such do did out up
said what some him my i me your only other new just most how
der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden
aus er hat dass daß sie nach wird bei einer um am sind noch wie einem über einen so zum war haben
nur oder aber vor zur bis mehr durch man sein wurde sei ich wir ihr wenn kann diese dieser dieses
hier doch schon immer sehr dann
le la les de des du et un une en est que qui dans pour pas au sur par ne se ce il elle plus avec
son sa ses sont ont été aux nous vous leur mais ou comme cette tout être fait été
el los las del y en que un una por con para es se lo al como más pero sus le ha o este esta ya
entre cuando muy sin sobre también fue han
il lo di che e è un una per con non si da del della dei delle nel nella sono alla al gli ha anche
come ma più questo questa essere stato
i w z na do się nie to że jest o jak od po za przez dla co ale jego tak czy być tym już są oraz
ich go ten ta
o a os as de do da dos das em no na um uma para com não por que se mais foi ao ele ela seu sua
het een van en in is dat op te de zijn voor met niet aan er ook als bij maar om dan wordt nog
ja on ei se että oli hän kun mutta myös ovat tai sen niin jo kuin mitä ole olla nyt
och att det som på är av för med till har inte ett men var jag
és hogy nem is egy meg de van már csak volt az
že je na pro jako ale by jsou byl
ve bir bu için ile çok olarak daha
`

/** The stop words, one set for all languages (lookups are by lowercased word). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ''))
