/**
 * English function words and news boilerplate words left out of story keys. Function words are
 * the usual closed classes (articles, pronouns, auxiliaries, prepositions, conjunctions); the
 * news words are reporting verbs and page furniture that every article shares ("said",
 * "reported", "updated", "photo"). Extend with words that appear in most articles of any topic.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
are around as at away back be became because become been before being below between both but by
came can cannot could did do does doing done down during each either else even ever every few
for from further get gets getting got had has have having he her here hers herself him himself
his how however i if in into is it its itself just last least less let like made make many may
me might more most much must my myself near need never new next no nor not now of off often on
once one only or other others our ours ourselves out over own per perhaps put rather said same
say says see seen she should since so some still such take than that the their theirs them
themselves then there these they this those though through thus to too took toward towards
under until up upon us use used very via was way we well went were what when where whether which
while who whom whose why will with within without would yet you your yours yourself yourselves
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
year years month months day days time times told tell tells according reported report reports
reuters ap afp cnn bbc news updated update photo photos image images video click read share
mr mrs ms dr also including first two three four five six seven eight nine ten percent
people many much going says saying added statement think know want wanted show shows`
    .split(/\s+/)
    .filter((w) => w !== ''),
)
