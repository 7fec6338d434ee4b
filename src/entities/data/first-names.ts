/**
 * Common given names by the gender they are most used for, across the languages that fill
 * international news (English, Spanish, Portuguese, French, German, Italian, Scandinavian,
 * Finnish, Slavic in the transliterations news agencies use, Arabic, Persian, Turkish, Hebrew,
 * Indian, East Asian).
 * Written from general knowledge of frequent names in those languages; names used for both
 * genders (Morgan, Jordan, Alex, Kim, Taylor...) are left out on purpose, since a wrong gender is
 * worse than none. Lower case, without diacritics (names are compared folded).
 * To extend: add the folded lower-case name to the right list.
 */
const MALE = `
aaron abdullah abdul abu adam adrian ahmad ahmed akhmad alan albert alberto alejandro aleksandr
aleksei alessandro alexander alexandre alexei alexey ali alfred amir anatoly andre andrei
andres andrew andriy andrzej andy angelo anthony antonio antony anton armin arnold arseniy arthur
artem ashraf avi ayman barack bashar ben benjamin benedict benny bernard bernie bill billy bob
bogdan boris brad bradley brandon brett brian bruce bruno carl carlos charles chris christian
christopher chuck claude colin craig dan daniel danny dario david denis dennis denys derek dick
diego dimitri dmitri dmitry dmytro don donald doug douglas duncan dylan ebrahim edward eduardo
ehud elon emmanuel enrique eric erik ernesto evan evgeny fabio faisal fedor felipe fernando fidel
francesco francis francisco frank franz frederick fyodor gabriel gareth gary gavin george georgi
gerald gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory guido gustavo
hakan hamad hamid hans harold harry hassan heinz hector helmut henry herbert hossein hugo hussein
ibrahim igor ilya imran isaac ismail ivan jack jacob jair jake james janusz jared jason
javier jeff jeffrey jens jeremy jerome jerry jim jimmy joachim joao joe joel johan johannes
john jon jonathan jorge jose josef joseph josh joshua juan julian justin kamal karl keir keith
kemal ken kenneth kevin khaled kirill klaus konstantin kurt kyle lars lawrence leo leon
leonid liam lloyd lorenzo louis luca lucas luis luiz lukas luke mahmoud majid malcolm
manuel marc marcel marco marcus mario mark marko martin mateusz matt matteo matthew max maxim
mehmet michael michel miguel mikhail mike milos mitch mohamed mohammad mohammed muhammad
mustafa mykhailo mykola naftali narendra nasser nathan neil nicholas nick nicolas nigel
nikita nikolai nikolay noah oleg oleh oleksandr oleksiy oliver olaf omar oscar osama otto pablo
paolo pascal patrick paul pavel pavlo pedro peter petr petro philip philippe pierre piotr rafael
ralph ramzan raul recep reza ricardo richard rick rishi robert roberto rodrigo roger roman ron
ronald rudy rupert russell ryan saad saddam salman sam samuel sandro saul scott sebastian sergei
sergey serhiy sergio shinzo silvio simon stanislav stefan stephen steve steven stuart sylvester
taras ted terry thomas tim timothy tobias todd tom tommy tony tyler umar valentin valery vasyl
viktor vincent vitali vitaliy vladimir vladislav volodymyr walter wayne werner
william wolfgang xavier yahya yair yaroslav yevgeny yitzhak yoav yosef youssef yuri yury yusuf
zbigniew zoltan
markus philipp ralf jurgen uwe dieter gunter manfred horst rainer stephan matthias florian
dominik moritz felix jonas timo sven nils torsten thorsten ulrich ulf volker wilhelm friedrich
heinrich hermann gerd bernd bernhard norbert reinhard heiko holger hendrik henrik bjorn benedikt
christoph fabian niklas nico roland rudiger rudolf siegfried steffen soren tilman andreas detlef
eckhard elmar erwin gregor gunther hubert johann jorg jochen konrad lothar lutz marius mathias
reiner thilo udo georg gustav harald hartmut ingo jakob kilian leonhard magnus mikko juha jukka
pekka antti matti heikki tapio sami ville janne olli markku jari petri erkki lasse henning gunnar
arne knut olav anders fredrik mattias mats hakan leif bengt goran
`

const FEMALE = `
abigail ada adriana agnieszka aisha alejandra alena alessandra alexandra alexandria alice alicia
alina alison allison amanda amelia amy ana anastasia andrea angela angelina angelique anita
anna anne annalena annette antonia ashley barbara beata beatriz betsy beth betty brenda brigitte
camila carla carmen carol caroline catherine cecilia charlotte chloe christina christine chrystia
cindy claire clara claudia cristina cynthia daria deborah denise diana diane dilma donna dorothy
elena eleanor elisabeth elise eliza elizabeth ella ellen elvira emily emma erin eva evelyn fatima
fiona frances francesca gabriela gabrielle giorgia gloria grace hanna hannah heather helen helena
hilary hillary ilhan ingrid irene irina iryna isabel isabella ivanka jacinda jane janet janina
jennifer jessica jill joan joanna jocelyn josephine joyce judith julia julie juliet justyna kamala
karen karin kate katarzyna katherine kathleen kathryn katie katrin kaja kristalina kristen kristi
kristina laura lauren leila leyla linda lisa liz lori louise lucia lucy ludmila lyudmila magdalena
maria marie marina marine marta martha mary maya megan melania melanie melissa mette
michelle mia mira miriam monica nadia nadezhda nancy natalia natalie natalya nicole nikki
nina olena olga olha paula pauline petra priti rachel rebecca rita rosa ruth sabine sahra sandra
sara sarah shannon sharon silvia simone sofia sonia sophie stephanie susan suzanne svetlana
sylvia tatiana tatyana teresa theresa tulsi ulrike ursula valentina valeria vera veronica victoria
violeta virginia wendy yana yevgenia yulia yuliia zeynep zoe
beate iris ramona ute gabriele gisela heike helga hildegard jutta kathrin katharina kerstin
kirsten corinna cornelia dagmar doris elke erika gudrun hannelore irmgard marianne marion martina
monika nadine renate silke sonja stefanie susanne tanja verena anke antje birgit bettina britta
dorte franziska friederike gesine henrike jana johanna juliane lena luise manuela mareike regina
svenja tina vanessa yvonne annika anja lea leonie katja riikka satu minna tiina paivi outi liisa
astrid sigrid kristin ragnhild solveig linnea
`

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '')
}

/** Given names mostly borne by men (folded lower case). */
export const MALE_NAMES: ReadonlySet<string> = new Set(words(MALE))

/** Given names mostly borne by women (folded lower case). */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(words(FEMALE))
