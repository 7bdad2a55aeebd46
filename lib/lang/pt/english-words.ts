/**
 * Frequent English words that are not also Portuguese words, lower case. Used to recognise English runs left in
 * Portuguese text and English common words used as names. Words spelled the same in both languages (a, no, me,
 * data, real, social, capital, total…) are deliberately left out.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `the of and to in is was for on that with as by at from this be are or have has had not but which were will would
  can could should may might must shall been being it its they them their there these those what when where who whom
  why how all any each every some more most other such only own same than too very just also into over under after
  before between through during without within about against among around again further then once here both few
  many much our your his her him she he we you i my me us an if so do does did done make made get got go going goes
  went come came take took give gave find found think know knew see seen look want need use used work worked call
  tell ask seem feel try leave put mean keep let begin show hear play run move live believe bring happen write
  provide sit stand lose pay meet include continue set learn change lead understand watch follow stop create speak
  read allow add spend grow open walk win offer remember love consider appear buy wait serve die send expect build
  stay fall cut reach kill remain suggest raise pass sell require report decide pull drive wheel speech innovation
  center centre national international company business market markets year years light away beyond ahead forward
  above below behind outside inside forever day days time people way world life hand part child eye woman man place
  week case point government number group problem fact money story month lot right study book job word issue side
  kind head house service friend father power hour game line end member law car city community name president team
  minute idea body information back parent face others level office door health person art war history party result
  morning reason research girl guy moment air teacher force education foot boy age policy everything process music
  market sense nation plan college interest death experience effect class control care field development role effort
  rate heart drug show leader light voice wife police mind price report decision son view relationship town road arm
  difference value building action model season society tax director position player record paper space ground form
  event official matter center couple project activity star table need court oil situation cost industry figure
  street image phone data picture practice piece land product doctor wall patient worker news test movie north love
  support technology step baby computer type attention film tree source code security securities regulatory commission
  straight flush new old good great high small large big long little young important bad same able best better sure
  free true whole clear full special easy strong possible late hard major real local early available likely short
  single open medical current wrong private past foreign fine common poor natural significant similar hot dead central
  happy serious ready simple left physical general environmental financial blue democratic dark various entire close
  legal religious cold final main green nice huge popular traditional cultural smart artificial intelligent digital
  deep learning machine network cloud chip chips smart phone phones click here subscribe newsletter share comment
  comments follow page contact terms privacy cookies sign login logout download app home about related latest popular
  read more advertisement disclaimer rights reserved copyright powered view original translation translated english
  venture fund capital partners holdings limited group inc ltd corp`
    .split(/\s+/)
    .filter(Boolean),
);

/** Endings and letter groups Portuguese words do not have ("-tion", "-ness", "th", "w", "k"). */
const ENGLISH_SHAPE =
  /(?:tions?|ssion|ness|ship|ings?|ity|ities|ory|ments?|ive|ical|ful|less|wards?|ght|ck|tch)$|th|sh|w|k|y/;

export function looksEnglish(lower: string): boolean {
  return ENGLISH_SHAPE.test(lower);
}
