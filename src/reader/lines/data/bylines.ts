/**
 * Words of news bylines in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish:
 * the "By" that opens a byline, the verbs that introduce its times ("Updated", "Veröffentlicht"),
 * and the job titles that follow a name ("Staff Writer"); the news agencies and outlets that stand
 * in for or beside an author are in src/nlp/data/outlets.ts. Entries come from how bylines of the major wire services and
 * papers read (Reuters, AP, AFP, BBC, CNN, NYT, Guardian, Al Jazeera, DW, France 24, Spiegel,
 * Le Monde, El País, ANSA, PAP...). Extend by adding lowercase forms.
 */

/** Words that open a byline before the author's name ("By", "Von", "Par", "Por", "Door"). */
// biome-ignore format: a word list
export const BY_WORDS: ReadonlySet<string> = new Set([
  'by', 'von', 'par', 'por', 'door', 'di', 'przez', 'written by', 'words by', 'story by',
  'reporting by', 'text by', 'text:', 'von:', 'by:', 'author:', 'authors:', 'autor:', 'autorin:',
  'autoren:', 'auteur:', 'auteurs:', 'autore:', 'autores:', 'autora:', 'text von', 'ein beitrag von',
  'ein artikel von', 'artikel von', 'geschrieben von', 'erstellt von', 'verfasst von', 'posted by',
  'published by', 'veröffentlicht von', 'publié par', 'publicado por', 'pubblicato da', 'durch',
  'texte:', 'redaktion:', 'kommentar von', 'ein kommentar von', 'ein gastbeitrag von',
  'interview:', 'interview by', 'reported by', 'compiled by', 'autoren', 'text & fotos:',
  'text und fotos:', 'text & photos:', 'words and photos by', 'por:', 'par:',
])

/** Words that introduce a byline's time: the first is a published time, "updated" a later one. */
// biome-ignore format: a word list
export const PUBLISHED_WORDS: ReadonlySet<string> = new Set([
  'published', 'posted', 'created', 'first published', 'date', 'datum', 'veröffentlicht',
  'veröffentlicht am', 'erschienen', 'erstellt', 'publié', 'publié le', 'publicado', 'publicada',
  'pubblicato', 'pubblicato il', 'opublikowano', 'data publikacji', 'gepubliceerd', 'geplaatst',
  'stand', 'on', 'issued on', 'published on', 'posted on', 'publication', 'publiziert',
  'publiziert am', 'veröffentlicht am', 'erstellt am', 'gespeichert', 'geschrieben', 'geschrieben am',
  'publié sur', 'publicado el', 'pubblicato il', 'le', 'postado', 'postado em', 'publicado em',
  'publicada em', 'publicada el',
])

/** Words that introduce an update time; a byline's published time is preferred to these. */
// biome-ignore format: a word list
export const UPDATED_WORDS: ReadonlySet<string> = new Set([
  'updated', 'last updated', 'modified', 'last modified', 'aktualisiert', 'aktualisiert am',
  'zuletzt aktualisiert', 'geändert', 'mis à jour', 'mis à jour le', 'actualizado', 'actualizada',
  'aggiornato', 'aggiornato il', 'modifié', 'modifié le', 'modified on', 'updated on', 'aktualizacja', 'zaktualizowano', 'atualizado', 'bijgewerkt',
  'atualizado em', 'atualizada em', 'actualizado el', 'actualizada el',
])

/** Job titles and desk words that may follow an author's name in a byline (lowercase). */
// biome-ignore format: a word list
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'correspondent', 'reporter', 'editor', 'writer', 'staff', 'contributor', 'columnist', 'chief',
  'senior', 'political', 'diplomatic', 'foreign', 'security', 'defence', 'defense', 'economics',
  'business', 'technology', 'science', 'health', 'analyst', 'bureau', 'desk', 'producer',
  'journalist', 'photographer', 'video', 'news', 'digital', 'deputy', 'associate', 'managing',
  'international', 'investigative', 'white', 'house', 'national', 'and', 'in', 'for', 'at', 'of',
  'the', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'journalistin',
  'envoyé', 'envoyée', 'spécial', 'spéciale', 'corresponsal', 'corrispondente', 'redaktor',
])

/** Desks named after an outlet in a byline ("CNN Business", "BBC Sport"), besides the job words. */
// biome-ignore format: a word list
export const DESKS: ReadonlySet<string> = new Set([
  'sport', 'sports', 'politics', 'world', 'tech', 'opinion', 'money', 'travel', 'entertainment',
  'wire', 'markets', 'climate', 'us', 'uk', 'europe', 'africa', 'asia', 'americas', 'middle', 'east',
])
