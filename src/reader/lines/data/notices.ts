/**
 * Boilerplate a scraped news page leaves among its lines, as patterns with the reason a line is
 * dropped. Written from how news sites and blogs in English, German, French, Spanish, Italian,
 * Polish and Portuguese phrase their page furniture (Reuters, AP, BBC, CNN, NYT, Guardian,
 * Al Jazeera, Kyiv Independent, Politico, Fox, Bloomberg, DW, France 24, Spiegel, Le Monde...).
 * Each pattern matches a whole short line or its start, never a phrase in the middle of running
 * text, so a sentence that mentions a newsletter stays. `maxLength` (UTF-16 units) bounds the
 * lines a pattern may drop: notices are short. Extend by adding a row; keep patterns linear (no
 * nested quantifiers).
 */
export interface NoticePattern {
  readonly reason: string
  readonly re: RegExp
  readonly maxLength: number
}

/** The notice patterns, tried in order; the first that matches names the reason. */
export const NOTICE_PATTERNS: readonly NoticePattern[] = [
  {
    reason: 'notice:text-to-speech',
    re: /^(?:this (?:audio|article|story|text) (?:is|was|has been) (?:created|generated|produced|read|narrated|voiced)\b|(?:listen|hear) to (?:this|the) (?:article|story|report|podcast)|listen\b.{0,20}\b(?:min|minutes?)\b|audio (?:version|generated|created)|play (?:audio|article)|(?:artikel|beitrag) (?:anhören|vorlesen|vorlesen lassen)|(?:hören sie|anhören)\b|écouter (?:cet|l['’])article|escucha(?:r)? (?:este|esta|el|la) (?:artículo|nota|noticia)|ascolta (?:l['’]articolo|questo)|posłuchaj artykułu|ouvir (?:este|o) artigo|voiced by artificial intelligence|ai-?generated audio)/i,
    maxLength: 160,
  },
  {
    reason: 'notice:media',
    re: /^(?:media playback is (?:unsupported|not supported) on your device|your browser does not support (?:the )?(?:video|audio)|(?:ihr|dein) browser unterstützt (?:kein|das)|this video (?:is|has been) (?:unavailable|removed)|video player is loading|play video|watch video|video abspielen|now playing)/i,
    maxLength: 160,
  },
  {
    reason: 'notice:browser',
    re: /^(?:(?:your|you are using an?) (?:web )?browser (?:is )?(?:out of date|outdated|not supported)|you are using an? (?:outdated|unsupported) browser|(?:ihr|dein) browser ist (?:leider )?(?:veraltet|nicht mehr aktuell)|(?:sorry, but )?(?:your browser needs|please enable|you need to enable) javascript|javascript (?:is )?(?:disabled|required)|bitte aktivieren sie javascript)/i,
    maxLength: 200,
  },
  {
    reason: 'advertisement',
    re: /^(?:advertisement|advertising|ad|sponsored(?: content| post| by\b.*)?|paid (?:content|post|partnership)|partner content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|publicidade|(?:story|article|text|content) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll (?:down )?to continue(?: with content)?|weiterlesen nach der anzeige|continue reading (?:the )?(?:main story|below))\W*$/i,
    maxLength: 80,
  },
  {
    reason: 'cookies',
    re: /^(?:we use cookies|this (?:web)?site uses cookies|by (?:using|continuing to use) this (?:web)?site|(?:accept|manage|reject)(?: all)? cookies|cookie (?:settings|policy|preferences|consent)|diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|cookie-einstellungen|cookies? (?:akzeptieren|zulassen|ablehnen)|ce site utilise des cookies|nous utilisons des cookies|utilizamos cookies|este sitio (?:web )?utiliza cookies|questo sito (?:utilizza|usa) (?:i )?cookie|ta strona (?:używa|korzysta z) (?:plików )?cookies|este site (?:usa|utiliza) cookies|(?:privacy|datenschutz)(?:-| )?(?:policy|settings|einstellungen|erklärung|hinweis)\W*$|(?:ok|okay|accept|akzeptieren|einverstanden|alle akzeptieren|i agree|agree)\W*$)/i,
    maxLength: 600,
  },
  {
    reason: 'newsletter',
    re: /^(?:thank you for signing up|thanks for signing up|(?:sign|signing) up (?:for|to)\b|subscribe (?:to|for|now|today)\b|subscribe\W*$|get (?:our|the) \w+(?: \w+)? newsletter|(?:our|daily|weekly|free) newsletter|newsletter(?:\s*[:›»]|\W*$)|we['’]ve sent you a confirmation|please check your (?:inbox|email)|enter your e-?mail|your e-?mail address|(?:jetzt )?(?:newsletter )?abonnieren|melden sie sich (?:jetzt )?(?:für|zum) (?:unseren )?newsletter|inscrivez-vous|abonnez-vous|suscríbete|suscribirse|iscriviti|zapisz się|assine (?:a|nossa) newsletter|sign up\W*$|register now|create (?:a )?free account)/i,
    maxLength: 240,
  },
  {
    reason: 'account',
    re: /^(?:vielen dank für ihre (?:registrierung|anmeldung|bestellung)|thank you for (?:registering|your (?:order|registration|subscription|purchase))|thanks for registering|ihr benutzerkonto (?:ist|wurde)|your account (?:is|has been)|merci pour votre (?:inscription|commande)|gracias por (?:registrarte|su compra)|grazie per (?:la registrazione|esserti registrato)|dziękujemy za rejestrację)/i,
    maxLength: 240,
  },
  {
    reason: 'share',
    re: /^(?:möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\?|(?:diesen )?(?:artikel|beitrag) teilen|mit freunden teilen|rezept drucken|teile diesen (?:artikel|beitrag)|jetzt teilen|partager (?:cet article|sur \w+)|share(?: this)?(?: (?:article|story|page|post|on \w+))?|share via|tweet|pin it|e-?mail|print|copy link|link (?:copied|kopieren)|teilen|artikel teilen|drucken|versenden|partager|imprimer|compartir|imprimir|condividi|stampa|udostępnij|drukuj|compartilhar|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|xing|flipboard|messenger|gift (?:this )?article|save(?: (?:article|for later))?|merken|comments?)(?:\W+(?:share|facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|print|reddit|pinterest|xing|copy link|teilen|drucken|messenger|flipboard))*\W*$/i,
    maxLength: 120,
  },
  {
    reason: 'follow',
    re: /^(?:follow (?:us|@|\w+(?: \w+)? on)|like us on facebook|join us on|folgen sie (?:uns|\w+ auf)|folge uns|suivez-nous|síguenos|seguici|obserwuj nas|siga-nos)/i,
    maxLength: 200,
  },
  {
    reason: 'related-links',
    re: /^(?:(?:read more|read also|also read|read next|more (?:stories|news|coverage|videos)|most (?:read|popular|viewed|shared)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|want to read)|see also|related(?: (?:articles?|stories|coverage|content|topics|news|posts?|links|reading))?|top stories|trending(?: now)?|editor['’]s picks|what to read next|further reading|lesen sie (?:auch|mehr|hier)|mehr zum thema|mehr (?:dazu|zu diesem thema)|weitere (?:artikel|beiträge|nachrichten|themen|meldungen|informationen)|das könnte sie auch interessieren|auch interessant|ähnliche (?:artikel|beiträge)|meistgelesen|à lire (?:aussi|également)|lire aussi|lire la suite|voir aussi|sur le même sujet|leer más|lee también|te puede interesar|noticias relacionadas|leggi anche|leggi (?:di )?più|articoli correlati|czytaj (?:też|także|więcej|dalej)|zobacz (?:też|także)|leia (?:também|mais)|veja também|saiba mais|(?:das|dieses) (?:thema )?könnte (?:dich|sie) (?:auch )?interessieren|diese beiträge solltest du nicht verpassen|beliebte (?:beiträge|artikel)(?: zum thema)?|relevantes aus\b.*|interessantes aus\b.*|verwandte (?:artikel|beiträge|themen)|weitere beiträge(?: zum thema)?|mehr aus\b.*|vorschau auf den nächsten artikel|(?:nächster|vorheriger) (?:artikel|beitrag)|(?:next|previous) (?:article|post|story)|article (?:suivant|précédent)|en relation|plus dans\b.*|sur le même thème|articles? (?:similaires|liés)|artículos relacionados|ti potrebbe interessare|podobne artykuły|popularne|otras noticias|(?:las |lo )?más (?:vist[oa]s|leíd[oa]s)|empfehlungen (?:aus )?der redaktion|weitere aktuelle (?:artikel|beiträge|nachrichten|themen|meldungen)\b[^.!?]*|(?:the )?latest (?:news|stories|headlines)\b[^.!?]*|ultime notizie|dernières (?:actualités|infos))(?=\s*(?:[:›»|–—>-]|$))|more (?:from|on|about|in) [^.]{1,60}:$)/i,
    maxLength: 300,
  },
  {
    reason: 'navigation',
    re: /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer|article|menu)|skip navigation|(?:direkt |springe )?zu[mr] (?:haupt)?(?:inhalt|navigation|menü|suche|fußzeile|seitenanfang)(?: springen| wechseln)?|zum inhalt springen|direkt zum inhalt|springe zum inhalt|zur navigation|aller au contenu|ir al contenido|vai al contenuto|przejdź do treści|ir para o conteúdo|(?:main )?menu|menü|navigation|home|homepage|startseite|search|suche|suchen|login|log in|sign in|log out|anmelden|abmelden|register|registrieren|back to top|nach oben|zurück(?: zur übersicht)?|back|next|previous|weiter|vorherige?r?|nächste[rs]?|older posts|newer posts|prev|zurück zur startseite|(?:page|seite) \d+(?: (?:of|von) \d+)?|accueil|rechercher|inicio|buscar|cerca|szukaj|strona główna|buscar|close|schließen|fermer|cerrar|chiudi|open|toggle navigation|breadcrumb|sitemap|impressum|imprint|kontakt|contact(?: us)?|about(?: us)?|über uns|datenschutz|terms(?: of (?:use|service))?|agb|faq|hilfe|help)\W*$/i,
    maxLength: 60,
  },
  {
    reason: 'comments',
    re: /^(?:\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz(?:e|y)?|comentários?|replies|responses|antworten)|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze)\s*[:(]?\s*\d+\)?|(?:view|show|load|read|see|leave|post|add|write) (?:a |all |the )?(?:\d+ )?comments?|(?:kommentar|kommentare) (?:schreiben|anzeigen|lesen)|(?:hinterlasse|schreibe?) (?:einen|eine) (?:kommentar|antwort)|kommentar hinzufügen|add (?:a )?comment|ajouter un commentaire|añadir (?:un )?comentario|laisser un commentaire|deja un comentario|lascia un commento|dodaj komentarz|deixe um comentário|join the (?:conversation|discussion)|comments are closed|kommentare (?:sind )?geschlossen|(?:leider )?(?:sind )?keine kommentare|pingback (?:von|from)|comment by|leave a (?:reply|comment)|save my name|(?:deine|ihre|your) (?:e-mail|email|name)\b)/i,
    maxLength: 120,
  },
  {
    reason: 'comments',
    re: /^(?:pingback|trackback|kommentieren|comment(?:er|ez)?|réagir|vos réactions|qui êtes-vous|was denkst du|was meinen sie|deine meinung|ihre meinung|cancel reply|antwort abbrechen|post comment|kommentar abschicken|kommentar absenden|reply|antworten|name|e-?mail|website|webseite)\W*$/i,
    maxLength: 120,
  },
  {
    reason: 'tags',
    re: /^(?:explore more on (?:these|this) topics?|(?:suggested|related|more) topics|tag\s*(?::|$)|tags|schlagw(?:ö|o)rter|schlagworte|getaggt mit|stichw(?:ö|o)rter|kategorien?|categories|category|filed under|posted in|veröffentlicht in|abgelegt unter|argomenti|étiquettes|mots-clés|etiquetas|tagi|themen)\s*:?(?:\s|$)/i,
    maxLength: 300,
  },
  {
    reason: 'author-box',
    re: /^(?:über (?:den|die) autor(?:in)?|about the author|about me|über mich|à propos de l['’]auteur|sobre el autor|sull['’]autore|o autorze|zeige alle (?:artikel|beiträge)|alle (?:artikel|beiträge) von|alles von\s|weitere (?:artikel|beiträge) von|view all posts by|more (?:posts|articles|stories) by|mehr (?:artikel |beiträge )?von|plus par|(?:autor(?:in)?|author|post author)\s*$)/i,
    maxLength: 80,
  },
  {
    reason: 'feedback',
    re: /^(?:war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|was this (?:article|page|post) (?:helpful|useful)|hat (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen|wie (?:bewerten sie|gefällt (?:ihnen|dir)) diese[nr]? (?:artikel|beitrag)|bewerten sie diesen artikel|rate this (?:article|post)|cet article vous a-t-il été utile|¿te ha resultado útil)/i,
    maxLength: 120,
  },
  {
    reason: 'copyright',
    re: /^(?:©|\(c\)\s|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|todos os direitos reservados|this material may not be published)/i,
    maxLength: 400,
  },
  {
    reason: 'author-footer',
    // "Author: NAME" with its colon ("Author Roger Stone will discuss..." is a sentence).
    re: /^(?:(?:author|authors|autor|autorin|autoren|auteur|autore)\s*:\s*\S|(?:written by|reporting by|editing by|additional reporting by|compiled by|edited by|writing by)\s+\S)/i,
    maxLength: 200,
  },
  {
    reason: 'credits',
    re: /^(?:.{0,200}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|article|story)|(?:this (?:story|article|report) (?:was|has been) (?:updated|corrected|edited|produced))|correction:|clarification:|mitarbeit:|mit material von)/i,
    maxLength: 320,
  },
  {
    reason: 'credits',
    // The sources of an agency-fed story, under its last paragraph: "Source: Al Jazeera and news
    // agencies", "Sources: AFP, Reuters", "(With inputs from agencies)".
    // Case-sensitive: the sources are names ("Source: officials said ..." is a sentence).
    re: /^\(?(?:(?:SOURCES?|[Ss]ources?)\s*:\s*\p{Lu}[^.:]{1,80}|[Ww]ith (?:additional )?inputs? from [^.:]{2,60})\)?\.?$/u,
    maxLength: 120,
  },
  {
    reason: 'share',
    // A share prompt in a sentence's shape, or a share button with its counter: "Click here to
    // share on social media", "share2", "1.2K shares".
    re: /^(?:click (?:here )?to share\b[^.!?,]{0,40}|shares?\s*\d[\d.,]*[km]?|\d[\d.,]*[km]?\s*shares?)\W*$/i,
    maxLength: 80,
  },
  {
    reason: 'donation',
    // An appeal for readers' money: "Consider supporting the Kyiv Independent", "Support our
    // journalism", "Become a member", "Donate now".
    re: /^(?:.{0,200}\b(?:consider (?:supporting|becoming a (?:member|patron|subscriber)|making a (?:donation|contribution))|support (?:our|independent) (?:journalism|reporting|newsroom|work)|become a (?:member|patron|supporter) (?:of|today|now)|donate (?:now|today)|make a (?:donation|contribution) (?:to|today|now)|unterstützen sie (?:unseren|unabhängigen) journalismus|soutenez (?:notre|le) journalisme))/i,
    maxLength: 400,
  },
  {
    reason: 'navigation',
    // A link's screen-reader suffix left in the text: "Our Standards: ..., opens new tab".
    re: /(?:,\s*|\s)opens? (?:in )?(?:a )?new (?:tab|window)\W*$/i,
    maxLength: 200,
  },
  {
    reason: 'newsletter',
    re: /^(?:sign up|subscribe|register) here\W*$/i,
    maxLength: 40,
  },
  {
    reason: 'tips',
    re: /^(?:do you have a (?:story|news tip|tip)|got a (?:story|news tip|tip)|have a (?:news )?tip|send us (?:a|your) tip|we pay for your stories|contact (?:us|the author) at|email us at|hinweise an|schreiben sie uns)/i,
    maxLength: 300,
  },
  {
    reason: 'license',
    // A site's licence and credits line: "Inhalte dieser Website stehen unter CC-BY",
    // "Designed by Northwind Studio | Powered by WordPress".
    re: /^(?:.{0,160}\b(?:creative[- ]commons|cc[- ]by(?:-(?:sa|nc|nd))*(?:[- ]\d\.\d)?)\b|(?:designed|powered|theme|webdesign) (?:by|von) [^.]{1,70}$|proudly powered by)/i,
    maxLength: 260,
  },
  {
    reason: 'newsletter',
    // A promotion of the site's newsletter, whatever its first words ("Keine Neuigkeiten mehr
    // verpassen: Abonnieren Sie kostenlos den ...-Newsletter", "Get the latest updates ...
    // straight to your inbox").
    re: /^(?=.{0,200}\b(?:newsletter|inbox|posteingang|postfach)\b).{0,200}(?:\babonnieren sie\b|\bjetzt (?:kostenlos )?abonnieren\b|\bsubscribe (?:now|today|to our|for free)\b|\bsign up (?:now|today|for our|to our)\b|straight to your inbox|direkt in ihr (?:postfach|e-mail-postfach)|immer bestens informiert|mehr verpassen:|stay (?:up to date|informed)(?: with| –| -|:))/i,
    maxLength: 240,
  },
  {
    reason: 'comments',
    // Comment rules: "Um ... kommentieren zu können, musst du angemeldet sein", "You must be
    // logged in to post a comment", "Die Kommentarfunktion wird ... geschlossen".
    re: /^(?:.{0,120}\b(?:kommentieren zu können|to (?:post a )?comment),? (?:müssen sie|musst du|you (?:must|need to|have to))\b|(?:hinweis:\s*)?die kommentarfunktion\b|comments (?:under pseudonym|are moderated)|you must be logged in to post)/i,
    maxLength: 240,
  },
  {
    reason: 'related-links',
    // A heading of links to more on the subject ("Mehr zum Thema auf Gartenfreund.de:").
    re: /^(?:mehr zum thema|more on this|more about this|plus sur ce sujet|más sobre)\b[^!?]{0,50}:$/i,
    maxLength: 80,
  },
  {
    reason: 'separator',
    re: /^[\s_*=~#.·•\-–—]+$/,
    maxLength: 200,
  },
]
