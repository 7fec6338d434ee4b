/**
 * Lower-case particles inside personal names, shared by the stages that read names (the tagger,
 * entity spans, bylines, quote speakers): "Ursula von der Leyen", "Luiz Inácio da Silva", "Tarek
 * el Aissami", "Karl-Theodor zu Guttenberg". From European and Arabic naming conventions. To
 * extend: add the lower-case word (the tagger's features change with it: retrain the NER model).
 */
// biome-ignore format: a word list
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la',
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'y', 'zu', 'ter', 'ten',
])
