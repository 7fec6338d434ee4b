import type { Caption } from '../../core/schema.js'
import { findDates, findDayMonth } from './dates.js'

/**
 * A wire-photo caption header: an upper-case place, a dash, an upper-case month and day (and
 * year), a colon: "ATLANTA, GEORGIA - OCTOBER 28: ...", "KYIV, UKRAINE – MARCH 3, 2024: ...".
 */
const PLACE_DATE_HEAD =
  /^([\p{Lu}][\p{Lu}\p{M} .,'’-]{1,60}?)\s+[-–—]\s+(\p{Lu}{3,}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*:\s+\S/u

/** A line that is only a picture agency's credit (see {@link CAPTION_LINES}). */
export const BARE_CREDIT =
  /^(?:PA (?:Media|Wire|Images)|Getty Images|Shutterstock|Alamy(?: Stock Photo)?|EPA(?:-EFE)?|Rex Features|REX|iStock(?:photo)?|Handout|Supplied|(?:\p{Lu}[\p{L}.&-]*\s?){1,3}via Getty Images)(?:\s?\/\s?[\p{Lu}][\p{L}.&-]*(?: [\p{Lu}][\p{L}.&-]*){0,2})?$/u

/** Lines that are captions or credits whatever their length (up to 600 UTF-16 units). */
const CAPTION_LINES: readonly RegExp[] = [
  /^(?:image|media|video) (?:caption|source|copyright)\b/i,
  /\btoggle caption\b/i,
  /^(?:enlarge|expand) (?:this )?image\b/i,
  /^(?:photo|video|image|gallery|watch|audio|slideshow|grafik|bildergalerie|foto|fotos|bild)\s*$/i,
  /^FILE(?:\s+[-–—]\s|:\s|\s+PHOTO\b)/,
  /^(?:photo|photograph|photos|image|picture|pictures|foto|fotos|bild|bilder|quelle|credit|photo credit|image credit|bildquelle|fotoquelle|crédit photo|crédits? photos?|fotografía|zdjęcie|fot\.)\s*[:©]/i,
  /^(?:in )?(?:this|a|an) (?:[\p{L}\d’',.]+ ){0,6}(?:photo|image|picture|file photo|handout photo|screenshot|video grab|still|photograph|frame grab)\b[^.]{0,200}\b(?:shows?|released|provided|taken|made available|distributed|posted|obtained)\b/iu,
  /^©\s*\S.{0,80}$/,
  // A gallery's counter before its caption: "Item 1 of 2 Ministers gather in Brussels ...".
  /^(?:item|image|photo|picture|slide) \d{1,2} (?:of|\/) \d{1,2}\b/i,
  // A stock-photo credit: "Photo by Jane Doe on Unsplash", "Image by jplenio from Pixabay".
  /^(?:photo|image|picture|header image|cover image|foto|bild)s? (?:by|von) [^.]{1,60} (?:on|from|via|auf|bei) (?:unsplash|pexels|pixabay|flickr|wikimedia(?: commons)?|shutterstock|istock|adobe stock)\.?$/i,
  // A picture agency alone, the credit over or under a photo: "PA Media", "EPA-EFE/Shutterstock",
  // "AFP via Getty Images" (not a wire's name alone, "Reuters", which is a byline as often).
  BARE_CREDIT,
  // A credit alone: "Vjeran Pavic/The Verge", "Alastair Grant/AP".
  /^[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}\s?\/\s?[\p{Lu}][\p{L}.'’&-]*(?: [\p{Lu}][\p{L}.'’&-]*){0,4}$/u,
]

/** Credits that end a caption line ("(Photo by X/Getty Images)", "Dado Ruvic/Reuters"). */
const CREDIT_TAILS: readonly RegExp[] = [
  /\((?:photo|image|picture|foto|bild)s?(?: by|:)\s*[^)]{2,100}\)\.?$/i,
  /\((?:AP|AFP|Reuters|EPA|Getty) (?:Photo|Images)(?:\/[^)]{2,60})?\)\.?$/,
  /\b(?:Photograph|Photo|Foto|Bild|Image|Picture|Illustration)s?\s*:\s*[^.:]{2,80}$/,
  /\b[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}\s?\/\s?(?:AFP|AP|Reuters|Getty Images|EPA(?:-EFE)?|Associated Press|Bloomberg|Shutterstock|dpa|picture alliance|Anadolu(?: Agency)?|Pool|Xinhua|SOPA Images|NurPhoto|Sipa|Alamy|iStock|Keystone|ANSA|PAP|Imago|The New York Times|The Washington Post)(?: via Getty Images)?\)?\.?$/u,
  /\b(?:REUTERS|AFP|AP|EPA|EPA-EFE)(?:\/[\p{Lu}][\p{L}.'’ -]{2,40}){1,2}\.?$/u,
  // A source and its channel in brackets: "(Office of the President / Telegram)".
  /\([\p{Lu}][^()]{1,60}\s\/\s[\p{Lu}][^()]{1,40}\)\.?$/u,
  /\[(?:File: )?[\p{Lu}][^\]]{1,60}\/[^\]]{2,40}\]$/u,
  /©\s*[^.©]{2,80}$/,
  /\b(?:Getty Images|AFP via Getty Images|Shutterstock|iStockphoto|picture-alliance|picture alliance|imago images)\)?\.?$/,
]

/** What every credit tail has: a slash, a colon, a bracket, ©, or a picture agency's name. */
const CREDIT_SIGNS = /[/:)\]©]|Getty|Shutterstock|iStock|picture|imago/

/** Title case for a place written in capitals; two-letter state codes after a comma stay upper. */
export function placeCase(place: string): string {
  return place
    .toLowerCase()
    .split(/(\s+|,\s*|-)/)
    .map((w, i, all) =>
      w.length === 2 && /^\p{L}+$/u.test(w) && /,/.test(all[i - 1] ?? '')
        ? w.toUpperCase()
        : w.replace(/^\p{L}/u, (c) => c.toUpperCase()),
    )
    .join('')
}

/**
 * Reads a line as a photo caption or credit, or returns null. `year` (the document's year)
 * resolves a caption date stated without a year.
 *
 * @example
 * parseCaption('DENVER, COLORADO - MAY 14: Senator Ana Ruiz speaks at a town hall.', 2023)
 * // → { text: '...', place: 'Denver, Colorado', date: '2023-05-14' }
 */
export function parseCaption(line: string, year: number | null): Caption | null {
  if (line.length > 800) return null
  const head = PLACE_DATE_HEAD.exec(line)
  // The month must be a month: "OCTOBER 28" resolves in any year.
  if (head && findDayMonth(head[2] as string, 2000) !== null) {
    const date = findDayMonth(head[2] as string, year)
    return { text: line, place: placeCase((head[1] as string).replace(/[\s,]+$/, '')), date }
  }
  if (line.length > 600) return null
  for (const re of CAPTION_LINES) {
    if (re.test(line)) return { text: line, place: null, date: findDates(line)[0]?.date ?? null }
  }
  // Credits stand at the end of a caption: test only its tail (speed on long paragraphs).
  const tail = line.length > 160 ? line.slice(-160) : line
  if (!CREDIT_SIGNS.test(tail)) return null
  for (const re of CREDIT_TAILS) {
    if (re.test(tail)) return { text: line, place: null, date: findDates(line)[0]?.date ?? null }
  }
  return null
}
