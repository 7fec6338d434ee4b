/**
 * Words of news bylines in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish:
 * the "By" that opens a byline, the verbs that introduce its times ("Updated", "Veröffentlicht"),
 * the news agencies and outlets that stand in for or beside an author, and the job titles that
 * follow a name ("Staff Writer"). Entries come from how bylines of the major wire services and
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
  'publié sur', 'publicado el', 'pubblicato il', 'le',
])

/** Words that introduce an update time; a byline's published time is preferred to these. */
// biome-ignore format: a word list
export const UPDATED_WORDS: ReadonlySet<string> = new Set([
  'updated', 'last updated', 'modified', 'last modified', 'aktualisiert', 'aktualisiert am',
  'zuletzt aktualisiert', 'geändert', 'mis à jour', 'mis à jour le', 'actualizado', 'actualizada',
  'aggiornato', 'aggiornato il', 'modifié', 'modifié le', 'modified on', 'updated on', 'aktualizacja', 'zaktualizowano', 'atualizado', 'bijgewerkt',
])

/** News agencies and outlets named in bylines and photo credits (lowercase). */
// biome-ignore format: a word list
export const OUTLETS: ReadonlySet<string> = new Set([
  'reuters', 'thomson reuters', 'associated press', 'the associated press', 'ap', 'afp',
  'agence france-presse', 'agence france presse', 'bloomberg', 'bloomberg news', 'cnn', 'bbc',
  'bbc news', 'xinhua', 'xinhua news agency', 'dpa', 'epa', 'efe', 'ansa', 'pap', 'kyodo',
  'kyodo news', 'yonhap', 'tass', 'ria novosti', 'interfax', 'ukrinform', 'upi', 'anadolu',
  'anadolu agency', 'getty images', 'the guardian', 'guardian', 'the new york times',
  'new york times', 'the washington post', 'al jazeera', 'al jazeera english', 'kyiv independent',
  'the kyiv independent', 'politico', 'fox news', 'dw', 'deutsche welle', 'france 24', 'france24',
  'rfi', 'euronews', 'sky news', 'nbc news', 'abc news', 'cbs news', 'npr', 'voa',
  'voice of america', 'cnbc', 'the telegraph', 'the independent', 'the times', 'axios',
  'the hill', 'usa today', 'china daily', 'global times', 'kathimerini', 'apa', 'sda', 'kna',
  'epd', 'kna/epd', 'afp/dpa', 'dpa/afp', 'ap/dpa', 'reuters/dpa', 'spiegel', 'der spiegel',
  'zeit online', 'faz', 'süddeutsche zeitung', 'le monde', 'el país', 'tagesschau', 'ard', 'zdf',
  'orf', 'srf', 'agencies', 'wire services', 'news agencies', 'staff', 'news desk', 'web desk',
  'redaktion', 'red.', 'la rédaction', 'redacción', 'redazione', 'redakcja',
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
