import assert from 'node:assert/strict'
import { test } from 'node:test'
import { noticeReason } from './notices.js'

/** [line, reason]: page furniture of news sites and blogs. */
const NOTICES: readonly [string, string][] = [
  ['This audio is created with AI assistance', 'notice:text-to-speech'],
  ['Listen to this article', 'notice:text-to-speech'],
  ['Listen · 5:32 min', 'notice:text-to-speech'],
  ['Artikel anhören', 'notice:text-to-speech'],
  ['Advertisement', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['SCROLL TO CONTINUE WITH CONTENT', 'advertisement'],
  ['Anzeige', 'advertisement'],
  ['We use cookies to improve your experience on our site.', 'cookies'],
  ['Diese Website verwendet Cookies, um Ihnen ein optimales Erlebnis zu bieten.', 'cookies'],
  ['Accept all cookies', 'cookies'],
  ['Sign up for our Morning Briefing newsletter', 'newsletter'],
  [
    'Thank you for signing up for this newsletter. We’ve sent you a confirmation email.',
    'newsletter',
  ],
  ['Subscribe', 'newsletter'],
  ['Jetzt Newsletter abonnieren', 'newsletter'],
  ['Share', 'share'],
  ['Share this article', 'share'],
  ['Facebook Twitter WhatsApp Email', 'share'],
  ['Teilen', 'share'],
  ['Follow us on Twitter', 'follow'],
  ['Folgen Sie uns auf Instagram', 'follow'],
  ['Read more: Duisburg – Three Travel Tips', 'related-links'],
  ['READ MORE', 'related-links'],
  ['Most Read', 'related-links'],
  ['Related Articles', 'related-links'],
  ['More from The New York Times:', 'related-links'],
  ['Lesen Sie auch: Was die Wahl für Europa bedeutet', 'related-links'],
  ['À lire aussi', 'related-links'],
  ['Leggi anche', 'related-links'],
  ['Czytaj także', 'related-links'],
  ['Skip to content', 'navigation'],
  ['Skip to main content', 'navigation'],
  ['Zum Inhalt springen', 'navigation'],
  ['Home | World | Business | Sport | Culture', 'navigation'],
  ['Startseite', 'navigation'],
  ['Impressum', 'navigation'],
  ['24 comments', 'comments'],
  ['Comments (12)', 'comments'],
  ['Kommentare (3)', 'comments'],
  ['Hinterlasse einen Kommentar', 'comments'],
  [
    'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'copyright',
  ],
  ['© 2024 Reuters. All rights reserved.', 'copyright'],
  ['Alle Rechte vorbehalten.', 'copyright'],
  ['Author: Dmytro Basmat', 'author-footer'],
  ['Follow John Nolte on Twitter @NolteNC.', 'follow'],
  ['Reporting by Tom Balmforth; Editing by Alex Richardson', 'author-footer'],
  ['The Associated Press contributed to this report.', 'credits'],
  [
    'Associated Press writers Colleen Long and Doug Feinberg in New York contributed to this report.',
    'credits',
  ],
  ['Yoongjung Seo in Seoul and Yuki Oda in Tokyo contributed to this report.', 'credits'],
  ['We pay for your stories! Do you have a story for The Sun Online news team?', 'tips'],
  ['___', 'separator'],
  ['Media playback is unsupported on your device', 'notice:media'],
  [
    'Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink per E-Mail erhalten.',
    'account',
  ],
  ['Tags: Brexit, Boris Johnson, EU', 'tags'],
  ['Schlagwörter: Klimaschutz', 'tags'],
  ['About the author', 'author-box'],
  ['Über den Autor', 'author-box'],
  ['View all posts by Daniel Lemire', 'author-box'],
  ['War der Artikel hilfreich?', 'feedback'],
  ['Was this article helpful?', 'feedback'],
  ['Leave a Reply', 'comments'],
  ['Antwort abbrechen', 'comments'],
  ['Kommentare geschlossen', 'comments'],
  ['Das könnte Sie auch interessieren', 'related-links'],
  ['Möchten Sie den Artikel teilen?', 'share'],
  ['Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY 4.0', 'license'],
  [
    'This work is licensed under a Creative Commons Attribution 4.0 International License.',
    'license',
  ],
  ['Designed by Elegant Themes | Powered by WordPress', 'license'],
  ['Proudly powered by WordPress', 'license'],
  [
    'Keine Neuigkeiten aus der Branche mehr verpassen: Abonnieren Sie kostenlos den Newsletter.',
    'newsletter',
  ],
  [
    'Get the latest updates, event announcements and tutorials straight to your inbox.',
    'newsletter',
  ],
  ['Der Verivox-Newsletter: immer bestens informiert!', 'newsletter'],
  ['You must be logged in to post a comment.', 'comments'],
  [
    'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.',
    'comments',
  ],
  ['HINWEIS: Die Kommentarfunktion wird 2 Tage nach Veröffentlichung geschlossen.', 'comments'],
  ['Mehr zum Thema auf Oekolandbau.de:', 'related-links'],
]

/** Body sentences that use the words of notices. */
const NOT_NOTICES: readonly string[] = [
  'The newsletter, which has 2 million subscribers, was launched in 2019.',
  'Share prices fell 3% on Wednesday after the results.',
  'Home prices rose sharply in the third quarter.',
  'Follow the money, investigators told the committee.',
  'Read more than 200 pages of the report and you will find it.',
  'Advertising revenue fell 5% in the quarter.',
  'Comments by the minister drew criticism from the opposition.',
  'Related parties must disclose their holdings, the regulator said.',
  'The author, a former diplomat, argues that sanctions have failed.',
  'President Volodymyr Zelensky held a phone call with President-elect Donald Trump on Nov. 6.',
  'Tagesordnung und Anträge wurden einstimmig angenommen.',
  'Reply times to consumer complaints have doubled, the report found.',
  'Authorities said the fire had been contained by Sunday morning.',
  'The minister says the plan will work.',
  'Merkel sagt:',
  'Author Roger Stone will discuss his new book at the event on Tuesday.',
  'The newsletter, which readers can subscribe to for free, reached 2 million inboxes in 2023.',
  'Powered by cheap solar panels, the village now runs its own grid.',
  'Mehr zum Thema Klimaschutz hat die Regierung bisher nicht vorgelegt.',
  'Users who want to comment must be registered, the company said, citing abuse.',
]

for (const [line, reason] of NOTICES) {
  test(`notice ${reason}: ${line.slice(0, 70)}`, () => assert.equal(noticeReason(line), reason))
}

for (const line of NOT_NOTICES) {
  test(`not a notice: ${line}`, () => assert.equal(noticeReason(line), null))
}
