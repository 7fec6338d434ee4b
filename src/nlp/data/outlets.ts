/**
 * News agencies and outlets (lowercase), with the byline words that stand for a newsroom ("staff",
 * "agencies", "redaktion"): bylines and photo credits name them, and quotes made to them ("told
 * Reuters") were interviews.
 */
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
