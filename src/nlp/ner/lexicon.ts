/**
 * Hand-kept word lists the NER tagger uses as FEATURES (never as the sole decision). Entries are
 * written from general knowledge of English news style; extend a list by adding lower-case
 * entries (single words; multi-word phrases join their words with '_').
 */

/** Splits a whitespace-separated list; '_' stands for a space inside a phrase. */
function words(list: string): readonly string[] {
  return list
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '))
}

/** Words that end (or make up) organisation names: company forms, institutions, bodies. */
export const ORG_WORDS: readonly string[] = words(`
  inc inc. corp corp. corporation co co. ltd ltd. llc plc ag gmbh sa s.a. nv n.v. bv spa oyj ab
  asa group holdings holding company companies partners associates bank bancorp airlines airways
  motors industries international technologies systems enterprises capital securities
  investments fund trust insurance energy petroleum oil communications telecom pharmaceuticals
  media press news times post journal herald tribune agency party ministry department council
  committee commission parliament congress senate assembly court army navy police forces guard
  brigade front movement alliance union federation association organisation organization
  institute university college school academy foundation society club fc united city rovers
  league board office service services authority bureau church hospital exchange network channel
  radio television tv reuters government administration cabinet secretariat tribunal command
  corps
`)

/** Titles and honorifics that precede person names. */
export const PERSON_TITLES: readonly string[] = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. father sister
  brother sheikh imam rabbi pope king queen prince princess president vice premier minister
  chancellor secretary governor gov gov. senator sen sen. rep rep. representative congressman
  congresswoman mayor judge justice ambassador envoy general gen gen. colonel col col. major maj
  maj. captain capt capt. lieutenant lt lt. sergeant sgt sgt. admiral adm adm. commander marshal
  chairman chairwoman chair chief director spokesman spokeswoman spokesperson leader coach
  manager striker midfielder defender goalkeeper prime_minister foreign_minister
  attorney_general vice_president secretary_of_state chief_executive st. saint mullah ayatollah
`)

/** Common given names from many countries (lower case), as evidence for PERSON. */
export const FIRST_NAMES: readonly string[] = words(`
  aaron abdul abdullah adam adrian ahmad ahmed aisha alan albert alejandro aleksandr alex
  alexander alexandra alexei ali alice alicia amanda amy ana andrea andreas andrei andrew
  andrzej angela ann anna anne anthony antonio arthur ashley barbara ben benjamin bernard betty
  bill bob boris brian bruce carl carlos carol catherine charles charlotte chen chris christian
  christina christopher claire claude craig dan daniel daniela david deborah dennis diana diego
  dmitry dmytro donald dorothy douglas edward elena elizabeth emily emma emmanuel eric fatima
  felipe fernando francesco francis francisco frank franz fred gary george georg gerhard
  giovanni giuseppe gordon greg gregory hans harold harry hassan heinz helen helmut henry
  hillary hiroshi hussein ibrahim igor ivan jack jacques james jan jane janet jason javier jean
  jeff jeffrey jennifer jerry jessica jim joan joe johan john jonathan jorge jose josef joseph
  joshua juan julia julie jurgen karen karl katherine kathleen keith ken kenneth kevin khalid
  kim klaus kumar larry laura laurent lee leonid li linda lisa liu luis luca manuel marco
  margaret maria marie mario mark martin mary matthew mehmet michael michel michelle miguel
  mikhail mohamed mohammad mohammed muhammad nancy natalia nicholas nicolas nikolai nina olga
  omar oleg pablo patricia patrick paul pedro peter petr philip philippe pierre piotr rachel
  rafael rahul raj ralph ramon raymond recep richard robert roberto roger ronald rosa ruth ryan
  sandra sarah scott sergei sergey sharon stefan stephen steve steven susan takashi tanya tarek
  thomas tim timothy tom tony ursula valentina vera victor viktor vladimir volodymyr walter wang
  wei william wolfgang xavier yasser yuri yusuf zhang olaf rishi keir narendra xi kamala antony
  jens mette giorgia justin jacinda shinzo fumio moon yoon luiz inacio jair andres hugo evo
  cristina mauricio
`)

/** Words that end geographic-feature and place names ("Euphrates River", "Gaza Strip"). */
export const LOC_WORDS: readonly string[] = words(`
  river lake sea ocean gulf bay strait straits island islands mountain mountains mount mt mt.
  valley desert peninsula coast canal channel strip bank heights plateau basin delta province
  state county district region city street st avenue ave road square park bridge airport port
  harbour harbor north south east west northern southern eastern western central new san santa
  los las el fort cape
`)

/** Honorifics and ranks that CoNLL leaves outside a PERSON name ("Mr Whitelaw" → "Whitelaw"). */
export const HONORIFICS: readonly string[] = words(`
  mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. gen gen. lt lt. col col.
  maj maj. capt capt. sgt sgt. adm adm. cpl cpl. pvt pvt. gov gov. sen sen. rep rep. president
  minister senator governor general colonel major captain sergeant lieutenant admiral judge
  justice agent special officer detective inspector superintendent commissioner mayor king queen
  prince princess sheikh pope
`)

/** Month and weekday names (and their news abbreviations): never the first word of a name. */
export const CALENDAR_WORDS: readonly string[] = words(`
  january february march april may june july august september october november december jan jan.
  feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec
  dec. monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat
  sun
`)

/**
 * Well-known organisations of international news, as evidence for ORG: international bodies,
 * armed and militant groups, news media, online platforms and large companies, intelligence and
 * security agencies. Entries are lower-case word sequences as the tagger's words split them
 * ("al - qaeda"; '_' joins the words of an entry). A feature, never a decision: context still
 * decides ("Apple" the fruit, "X" the letter).
 */
export const ORG_NAMES: readonly string[] = words(`
  un u.n. united_nations nato n.a.t.o. eu e.u. european_union european_commission
  european_parliament european_council african_union asean opec opec+ g7 g20 brics imf
  world_bank wto world_health_organization unesco unicef unhcr unrwa iaea interpol europol
  icc international_criminal_court icj international_court_of_justice red_cross red_crescent
  icrc amnesty_international human_rights_watch greenpeace oxfam msf doctors_without_borders
  security_council general_assembly arab_league gulf_cooperation_council gcc osce oas
  fifa uefa ioc olympic_committee
  hamas hezbollah hizbollah taliban al_-_qaeda al_-_qaida al_qaeda isis isil
  islamic_state daesh boko_haram al_-_shabaab al_-_shabab houthis houthi ansar_allah ira
  pkk ypg sdf syrian_democratic_forces wagner wagner_group hts hayat_tahrir_al_-_sham
  jaish_-_e_-_mohammed lashkar_-_e_-_taiba farc eln plo fatah islamic_jihad
  hayat_tahrir_al_-_sham irgc revolutionary_guards revolutionary_guard quds_force mossad
  shin_bet cia fbi nsa dea atf mi5 mi6 gchq fsb kgb gru sbu pentagon
  bbc cnn reuters associated_press afp bloomberg al_jazeera aljazeera sky_news fox_news
  msnbc nbc cbs abc npr pbs voa voice_of_america rfe/rl deutsche_welle france_24 euronews
  tass ria_novosti interfax xinhua kyodo yonhap anadolu new_york_times washington_post
  wall_street_journal financial_times guardian the_guardian economist politico axios
  le_monde der_spiegel bild haaretz times_of_israel kyiv_independent ukrinform
  telegram twitter facebook instagram whatsapp youtube tiktok snapchat reddit linkedin
  truth_social wechat weibo bluesky google alphabet microsoft
  openai anthropic nvidia tesla spacex starlink x_corp netflix uber airbnb samsung
  huawei tencent alibaba baidu bytedance sony toyota volkswagen boeing airbus lockheed
  lockheed_martin raytheon northrop_grumman gazprom rosneft aramco saudi_aramco exxon
  exxonmobil chevron bp totalenergies goldman_sachs jpmorgan morgan_stanley blackrock
  citigroup hsbc barclays deutsche_bank ubs credit_suisse mastercard paypal ibm intel
  oracle
  federal_reserve ecb european_central_bank bank_of_england bank_of_japan
  supreme_court congress senate house_of_representatives knesset duma
  state_duma bundestag rada verkhovna_rada
  democratic_party republican_party
  likud anc bjp congress_party cdu spd afd
`)

/**
 * Sports, as a headline or CoNLL's page slug names them ("SOCCER - ...", "Tennis: ..."): the
 * first sentence naming one marks a sports page.
 */
export const SPORT_WORDS: readonly string[] = words(`
  soccer football cricket tennis golf baseball basketball rugby athletics cycling motorcycling
  boxing skiing hockey nfl nba nhl mlb swimming squash badminton snooker judo wrestling
  gymnastics triathlon speedway volleyball handball rowing sailing yachting chess
  racing motorsport formula
`)
