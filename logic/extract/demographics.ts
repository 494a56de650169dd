import { calledAbout, FEMALE_RELATIVE, MALE_RELATIVE, RELATIVE_AGE_LINK } from '../assertion/writer-relative';
import type { EvidenceSpan } from '../case';
import { compiledNow, withinBudget } from '../terms/regexp-budget';
import { nothing, type Read } from './facts';
import { EVENT_AGE_BEFORE } from './near-words';
import { rewrite, spanBack } from './rewritten';

/** A regular expression source's letters in either case: one scan mixes case-blind and case-kept words. */
const anyCase = (source: string) => source.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
// "year(s)" or "yr(s)" in any case, and with "y" or "yo" too: anyCase('years?|yrs?') written once, shorter, as the demographics
// expression stays under V8's optimising limit (regexp-budget.ts).
const YEAR_WORD = '[yY](?:[eE][aA])?[rR][sS]?';
const YEAR_OR_Y = `[yY](?:(?:[eE][aA])?[rR][sS]?)?`;
const YEAR_Y_OR_YO = `[yY](?:(?:[eE][aA])?[rR][sS]?|[oO])?`;

// Named groups say what each kind read: an age (`...Age`), a sex letter or word, a title, a pronoun. "78-year-old", "78
// year old", "68 y. old", "78 years of age", "78 yo", "62-yo", "age 78", "Age: 078Y", "aged 78", "aged of 78", a form's
// "Name/age: 70 yo M". Masked ages ("XX-year-old") have no digits. ... and German's "J." (Jahre), Italian's "aa"
// (anni), German and Dutch adjectives, Scandinavian "år", Slovak "r." (rokov), Romanian "ani", Polish "lat" and its
// "l.": "Pacient 77 ani", "74 l."; Russian and Georgian "g." (goda), Lithuanian "m." (metų) before a comma: "76 J.,
// Sturz", "68 J., m.", "Pz male, 69 aa", "78-jährige Patientin", "83-jarige vrouw", Danish "74-årig mand", "woman 78
// år", "Patient 72 r., female", "man 79 g.", "Pacientė, 69 m.,"; Catalan "anys", Indonesian "tahun" ("thn"), Croatian
// "god." (godina), Czech "let", Hungarian "éves": "Sr. Jordi B., 84 anys", "female, 72 thn", "Ivan P., 71 god.", "Pac.
// 62 let", "69 éves férfi", "Pacijentkinja 72 god.", Finnish "72-v. mies", Slovak "80-ročná", Lithuanian "76 m. vyras";
// Macedonian "godini", Punjabi and Hindi "saal", Somali "sano", Luxembourgish "Joer", Haitian Creole "an" before a stop
// or a comma ("Fanm (woman) 84 an, osteoporosis known"); a writer's own word glossed after the age or before it: "80
// afọ (years)", "afọ 73 (years)", "umar (age) 67 saal"; Esperanto's "81-jara", Frisian "jier", Romansh "onns", Breton
// "vloaz", Papiamento "aña", Bislama "yia", Latin "annorum 63", Vietnamese "tuổi" ("45 tuổi"), Albanian "vjeç" ("72
// vjeç"), Azerbaijani and Turkish "yaş", Uzbek "yosh", Latvian "g.v." (gadi vecs), Estonian "a." (aastat) after an age
// of two digits ("Naine, 83 a., known osteoporosis"), Kyrgyz "jash", Samoan "tausaga", Shona "makore", Twi "mfe",
// Belarusian "hadou"; Assamese "59 bosor (yrs)", Yiddish "79 yor", Dari "72 sal", Pashto "78 kala", Kazakh "61 жас";
// the word for years before the age, Tibetan "lo 79", Tongan "ta'u 70", Fijian "yabaki 64", Setswana "dingwaga 54",
// Hebrew's "bat 82" and "ben 70" (daughter, son of: aged); Indonesian's "Umur" (age) label: "Umur: 73 th", "Ny. R, 56
// th.".
const AGE = String.raw`(?<age>\d{1,3})(?:[- ]?(?:${YEAR_WORD}|[yY]\.)[- ]?${anyCase('old')}\b| J\.(?=[\s,;]|$)| aa(?![\w])| (?:år|jaar)(?=[\s,;.]|$)| (?:ans|anys|años|anos|anni|tahun|taun|thn|godina|godini|ára|ár|oed|saal|sano|Joer|jier|onns|vloaz|aña|yia|ani|lat|let|éves|rokov|tuổi|tuoi|vjeç|yaş|yas|yosh|jash|tausaga|makore|mfe|hadou|yor|sal|kala|жас)(?![\w])|(?<=(?<![\d.])\d\d) an(?=[,.;])| [A-Za-z\u00C0-\u024F\u0400-\u04FF\u1E00-\u1EFF]{2,10} \((?=${anyCase('years?|yrs?')}\b)|(?= \(${anyCase('years?')}(?: ${anyCase('old')})?\))| (?:r\.|g\.|g\.v\.|god\.|l\.)(?=[\s,;]|$)| a\.(?=[\s,;])(?! m\.)(?<=\d\d a\.)| m\.(?=,| (?:vyras|moteris)\b)| th(?=[,;]|\.(?=\s))|-?(?:jährige?[rn]?|jarige|jara|årige?)\b|-v\.(?=\s)|-ročn[áýé](?![\w])| (?:${YEAR_WORD}) ${anyCase('of age')}\b|[\s-]?(?:${anyCase(String.raw`yo|y\/o|y\.o\.|y-o`)})(?![\w]))|(?:\(?${anyCase('age')}(?:${anyCase('d')}|:|\))?(?: (?:${anyCase('of|about|approx\\.?|approximately')}))?|annorum|(?:Umur|Usia|lo|ta['’]u|yabaki|dingwaga|[Bb]at|[Bb]en):?)\s+(?<ageAfter>\d{1,3})(?: ?(?:${anyCase(String.raw`years?|yrs?|yo|y\/o|y`)}))?\b(?:(?:,| \|)? (?<ageSex>[MF])(?![\w]))?`;
// "Feminine sex", "masculine", "Signora of 79 years", Romanian's "Pacienta of 69 years", German's "Patientin", Dutch's
// "vrouw": a second language's words for it; Latvian "sieviete" and "vīrietis", Estonian "naine", "naispatsient" and
// "meespatsient", Azerbaijani "qadın", "kişi" and the honorifics after a name, "xanım" and "bəy", Uzbek "ayol" and
// "erkak", Slovenian "gospa" and "bolnik", Belarusian "zhanchyna" and "muzhchyna", Kyrgyz "ayal", Samoan "fafine" and
// "tamaloa", Cebuano "babaye" and "lalaki", Yiddish "yidene" and "froy", Dari "zan" and "mard", Tongan "fefine" and
// "tangata", Fijian "marama" and "tagane", Setswana "mosadi" and "monna", Lingala "mwasi" and "mobali", Sundanese
// "laki-laki".
const FEMALE = anyCase(
  'female|woman|lady|girl|mama|feminine|signora|senhora|señora|senora|pacienta|pacientka|pacientė|patientin|patiënte|vrouw|mujer|mulher|donna|femme|feminino|femenino|femminile|féminin|pacijentkinja|nainen|kvinne|moteris|sieviete|naine|naispatsient|qadın|qadin|xanım|xanim|ayol|gospa|zhanchyna|ayal|fafine|babaye|yidene|froy|zan|fefine|marama|mosadi|mwasi',
);
// Swahili's "mzee" (an elder, a man) and "mama" (a woman) as East African notes write them: "Mzee of 71 years", "Mama of
// 64 yrs".
const MALE = anyCase(
  'male|man|gentleman|gent|boy|masculine|signor|senhor|señor|senor|mzee|pacient|varón|varon|hombre|homem|uomo|homme|masculino|maschile|masculin|férfi|férfibeteg|mies|mann|vyras|muškarac|vīrietis|virietis|meespatsient|kişi|kisi|bəy|erkak|bolnik|pacients|muzhchyna|tamaloa|lalaki|laki-laki|mard|tangata|tagane|monna|mobali',
);
// ... and its grandparents, the patient only when an age follows ("Bibi of 78 years", "Babu of 84 years"): "her bibi"
// alone is a relative.
const ELDER_FEMALE = anyCase('bibi');
const ELDER_MALE = anyCase('babu');
// Titles, Singapore's "Mdm" and "Madam" (not a letter's "Dear Sir/Madam"), and the French, Dutch and German ones among them ("Madame R., 81", "Mevrouw De
// Vries, 83 years", a hurried "mrs. De Vries").
// Spanish and Catalan "Sra.", Indonesian "Ny." (Nyonya), "Tn." (Tuan), "Ibu" and "Bapak"; an elder's honorific glossed in
// brackets before the name ("Aki (grandfather) Dadang", "Ambuya (grandmother) Rudo K."), or any title so glossed ("Mukyala
// (Mrs.) Nakato Sarah"); Latin's "Domina" ("Dominus"), Romansh "Sgnra." ("Sgr."), Occitan "Dòna", Corsican "Sgiò".
const FEMALE_TITLE = String.raw`Mrs|mrs|Ms|Miss|Mdm|Madame|Hajiya|Mst|(?<!\bSir ?(?:\/|or) ?)Madam|Mme|Domina|Sgnra|D[oò]na|Smt|Mevr(?:ouw)?|Frau|Sig\.ra|Sra(?=\.)|Ny(?=\.)|Ibu(?= [A-Z][a-z])|\((?:grand(?:mother|ma)|granny|Mrs\.?|Ms\.?|Madam)(?=\) [A-Z])`;
// ... and Italian's "Sig.", Spanish "Sr.", Indian "Shri" and "Sri", Hausa "Alhaji" (and "Hajiya", above), French "M."
// before an initial or a surname and an age ("M. R., 76 years", "M. Tanguy, 70 years").
const MALE_TITLE = String.raw`Mr|Dhr|Herr|Monsieur|Dominus|Sgr|Sgi[oò]|Shri|Sri|Alhaji|Sig|Sr|Tn(?=\.)|M(?=\. [A-Z]\.,? \d|\. [A-Z][a-z]+, \d{2,3} (?:years|ans)(?![ -]old))|(?:Bapak|Pak)(?= [A-Z][a-z])|\((?:grand(?:father|pa)|Mr\.?)(?=\) [A-Z])`;
const SEX_TITLE = String.raw`(?:(?<titleFemale>(?:${FEMALE_TITLE})\.?)|(?<titleMale>(?:${MALE_TITLE})\.?))(?![\w])`;
const PRONOUN = String.raw`(?:(?<she>${anyCase('she|her|hers|herself')})|${anyCase('he|his|him|himself')})\b`;
// The shorthand of requisitions and consult headers: an age with the sex letter after it ("64M", "52 F",
// "81 y/o F", "70 yo M", "84Y/F", "86-yr-old F") or before it ("M/71", "F 78", "M, 64", "M 84y", a slashed header's "F/81/fall/L2"). Upper-case letters only, and no digit or
// point before the age, so "98.6 F" (a temperature) is not a patient, "16F catheter" is a French size and
// "18F-FDG" a tracer. An origin may stand between the unit and the letter: "77 y/o Malay F".
// Written together, sex first, the age is an adult's ("F86", "M77"), not a code ("M80.0") or a bay ("F12").
const SHORT_AGE_SEX = String.raw`(?<![\d.])(?<shortAge>\d{1,3})[- ]?(?:\/ ?)?(?:(?:${anyCase(String.raw`yo|y\/o|y\.o\.|y-o|yrs?|years?|y`)})(?:[- ]${anyCase('old')})? ?(?:\/ ?)?(?:[A-Z][a-z]{3,12} )?)?(?<shortSex>[MF])(?![\w/-]|\s*(?:catheter|sheath|drain|Foley|tube|needle|French))|(?<slashSex>[MF])(?:\/|, ?| )(?<slashAge>\d{2,3})(?:${anyCase('y|yrs?|yo')})?\b(?![\d%]|\/\d|\.\d| ?(?:mg|kg|cm|mm|mL))|(?<joinedSex>[MF])(?<joinedAge>[2-9]\d|1[01]\d)\b(?![\d/%-]|\.\d)`;
// An age and a sex word with no "old": "68 yr male", "74 yrs female", "66 years, female", "64 y male", "71-years man".
const AGE_UNIT_SEX = String.raw`(?<unitAge>\d{1,3})[- ]?(?:${anyCase('yrs?|years?|y')})\.?,? (?:(?<unitFemale>${FEMALE})|(?<unitMale>${MALE}))\b`;
// "Woman of 58 years", "a woman of 77 slipped", "Patient woman of 76 years", "(m, 77)": the sex, then the age; "Patient of
// 78 years", "a retired cook of 79": the age alone; Portuguese's "Utente de 70 years".
const ofAge = (name: string) =>
  String.raw`(?: ${anyCase('patient')})? (?:${anyCase('of|at|on|de')}) (?<${name}>\d{2,3})(?: ?(?:${YEAR_OR_Y})\b|(?=[\s,;)])(?! ?(?:kg|kilos?|lbs?|pounds|cm|%)))`;
const SEX_OF_AGE = String.raw`(?:(?<ofFemale>${ELDER_FEMALE})|(?<ofMale>${ELDER_MALE})|${anyCase('patient|utente|paciente')}|(?:retired|former) [a-z]{3,14})${ofAge('ofAge')}|\((?<parenSex>[mfMF]), ?(?<parenAge>\d{2,3})(?: ?(?:J\.|y|yrs?|years?))?\)`;
// A bare age beside the sex, as headers of other health systems write it: "Pensioner, 77, male",
// "Patient (80, F)", "Female, 71 years", "Feminine. 83 years.", "masculine; 85 years.", "Sex: feminine. Has 82 years.", "Female patient, 71 y.,", "gentleman, 79 yrs", "woman (84)", "of feminine sex, 79 years". The age must end its phrase (a comma,
// a stop, a bracket), so "female, 2 children" and "male, 64 kg" are no ages.
const AGE_COMMA_SEX = String.raw`(?<![\d.])(?<commaAge>\d{1,3})(?: ?${YEAR_OR_Y})?, (?:(?<commaFemale>${FEMALE}|F)|(?<commaMale>${MALE}|M))(?![\w])`;
const COMMA_AGE_AFTER_SEX = String.raw`(?: ${anyCase('patient')}| ${anyCase('pacient')}| ${anyCase('sex')})?(?:,? |[.,;] (?:(?:${anyCase('has|is')}) )?(?=\d{2,3} ${YEAR_OR_Y}[.,;]))\(?(?:${anyCase('aged|now')} )?(?<ageAfterSex>\d{1,3})(?:(?: ?${YEAR_OR_Y})?(?=\s*(?:[,.;:)]|$))| (?:${YEAR_WORD})\b|(?= at the time of\b))`;
// "(76y)", "(81 yrs)", "DOB 02/04/1951 (73 years)": an age in brackets, as after a date of birth, where it needs no unit
// ("DOB 30/06/1944 (80)"), or the date inside the brackets too ("(DOB 03/09/1957, 67)").
const BRACKET_AGE = String.raw`\((?:DOB:? ?\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d, )?(?<bracketAge>\d{1,3})(?: ?(?:y|yrs|yo|years)|(?<=DOB:? ?\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d(?:,? ?\(|, )\d{1,3}))\)`;
// "Sex: F", "Gender: male".
const SEX_FIELD = String.raw`(?:${anyCase('sex|gender')}):?\s*(?<sexField>${anyCase('female|male')}|[FM])\b`;
// An age in words ("eighty-one-year-old", dictated "seventy two year old", "seventy-eight years of age").
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// (The tens in any case, factored: anyCase(TENS) is 72 characters longer, and the demographics expression is near V8's limit.)
const TENS_ANY_CASE =
  '(?:[tT](?:[wW][eE][nN]|[hH][iI][rR])|[fF](?:[oO][rR]|[iI][fF])|[sS](?:[iI][xX]|[eE][vV][eE][nN])|[eE][iI][gG][hH]|[nN][iI][nN][eE])[tT][yY]';
const NUMBER_WORDS = `${TENS_ANY_CASE}(?:[- ](?:${anyCase('one|two|three|four|five|six|seven|eight|nine')}))?`;
// ... and with no "years old": "a woman of eighty-one", "a retired teacher of eighty-three", "a retired postman of
// eighty-two", "He is seventy-five", a relative's "Mum is seventy-eight now", "aged seventy", "Mr Schmidt, seventy-six, had ...", "Ms K, eighty-four, was".
const wordsAge = (name: string) =>
  String.raw`(?<${name}>${NUMBER_WORDS})\b(?![- ](?:${anyCase('years?|percent|one|two|three|four|five|six|seven|eight|nine')})\b)`;
const WORDS_OF_AGE = String.raw`(?:(?:${anyCase('patient|teacher|pensioner|widow|widower')}|[a-z]{2,10}man) ${anyCase('of')}|(?:(?<wordsShe>${anyCase('she')})|(?<wordsHe>${anyCase('he')})|${anyCase('who|mum|mom|mother|dad|father')}) is|${anyCase('aged')}|(?:(?<wordsTitleFemale>${FEMALE_TITLE})|(?<wordsTitleMale>${MALE_TITLE}))\.? [A-Z][\w'’-]*(?: [A-Z][\w'’-]+)?,) ${wordsAge('wordsOfAge')}`;
// A sex word, then what may follow it, tried in this order: an age after a comma ("Female, 71 years", "Female patient, 71
// y.,"), after "of" ("Woman of 58 years"), in words ("a woman of eighty-one"), or nothing ("female"). The four kinds share
// the sex word, so each list of them stands in the expression once, not four times (the expression is near V8's limit).
const SEX_FIRST = String.raw`(?:(?<female>${FEMALE})|(?<male>${MALE}))(?:${COMMA_AGE_AFTER_SEX}|${ofAge('sexOfAge')}| ${anyCase('of')} ${wordsAge('sexWordsAge')}|(?![\w]))`;
// "Mrs. K., 90 years", "Mr J. Smith, 81.", "Mr Smith (84)", "Mr O'B., 71", "Ms K., 61 - ...", "Mr Pieter van
// Wyk, 66 years", "Mrs P. is 63 and attended", "Mrs Agnes W, 80 y, day 6", "Mrs. O'Connell, who is 88,", "Mrs Bridget Keane, aet 80", "Sgiò (Mr) Antoine Paoli, of 77 years", "Mr Harold Bennett, 88 (M)", a
// header line "Patient: Mrs Eleanor Pritchard, 82", initials with a prefix ("Mrs vW, 74"), a bed board's field "Mr K, 71 |": a
// title, a short name and the age; a South Asian name with its father or husband ("Mst. Gul Bano D/O Mir Hassan, 64 yrs",
// "Mst." being Mosammat).
const TITLED_AGE = String.raw`(?:(?<femaleTitle>${FEMALE_TITLE})|${MALE_TITLE})\.?\)?(?: (?:(?:[A-Z][\w\u00C0-\u024F.'’-]{0,15}|[a-z]{1,3}[A-Z][\w'’-]{0,12}|van|von|de|der|den|du|da|le|la|ter|ten|al|el|bin|[SDW]\/O [A-Z][\w'’-]{0,15}) ?){1,4})?(?:,? DOB:? ?\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d)?,? (?:(?:who )?is |aged |aet\.? |of |now )?\(?(?<titledAge>\d{2,3})(?: ?(?:${YEAR_WORD}|y(?![\w]))| ?(?:$|[,.;:)(–—|\n-])| and\b)`;
// An age with "age" after it, as some second-language notes write it: "Patient female, 76 age, have osteoporosis", "male, 66 ages", "Patient,
// female, 77 aged".
const AGE_NOUN_AFTER = String.raw`(?<ageNoun>\d{2,3}) (?:${anyCase('ages|aged|age')})(?=[,.;)])`;
// A name's word of kinship or respect in the writer's own language, glossed in brackets, as Caucasian and Siberian notes write
// it after the name ("Patient Magomedova Patimat, ebel (mother - so in Avar we call respected elder woman), 79 years",
// "Gasanov Shikhmurad, ch'ekhi buba (grandfather), 74 years"): the gloss's kin word tells the sex. (Its look ahead is one
// alternative of three, the last empty, not an optional group: a repeat that matches nothing drops what it captured.)
const KIN_FEMALE = '(?:grand)?mother|aunt|(?:elder |younger )?sister|lady|woman|wife|daughter|granny';
const KIN_MALE = '(?:grand)?father|uncle|(?:elder |younger )?brother|man|husband|son|grandpa';
const kinGloss = (name: string) =>
  String.raw`(?:, ?[a-z\u00C0-\u024F][\w\u00C0-\u024F'’-]{1,14}(?:[ -][a-z\u00C0-\u024F][\w\u00C0-\u024F'’-]{1,14})? ?)?\((?:(?=[^()\n]{0,70}?\b(?<${name}KinFemale>${KIN_FEMALE})\b)|(?=[^()\n]{0,70}?\b(?<${name}KinMale>${KIN_MALE})\b)|)[^()\n]{1,72}\)`;
// A patient named without a title, the age after the name: "Patient Popescu Ion, 81 years", "Patient D. Maria, 68 years",
// "Patient Garipov I.Kh. (Ilgiz abzıy), 81 y." (the name the family uses in brackets).
const PATIENT_NAME_AGE = String.raw`${anyCase('patient')} (?!(?:${FEMALE_TITLE}|${MALE_TITLE})\.? )(?:[A-Z][\w'’.-]*,? ?){1,3}(?:\([^()\n]{1,40}\)|${kinGloss('patient')})?, (?<patientAge>\d{2,3}) ?(?:${YEAR_OR_Y})\b`;
// A relative writing for the patient names the patient with the age: "my dad Frank who is 86", "my mum Margaret (77)", "my
// mother, Ingrid Berg, who is 74", "my wife Colette, she's 81", "hi its Kofi, son of Kwame Owusu (76)".
const RELATIVE_AGE = String.raw`${anyCase('my')} (?:(?<relativeFemale>${anyCase(FEMALE_RELATIVE.join('|'))})|${anyCase(MALE_RELATIVE.join('|'))})(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:,? (?:${anyCase(RELATIVE_AGE_LINK.join('|'))}) |,? \()(?<relativeAge>\d{2,3})\b|${anyCase('(?:son|daughter) of')} (?:[A-Z][a-z]+ ){1,3}\((?<childOfAge>\d{2,3})\)|${calledAbout(anyCase)}(?:(?<calledFemale>${anyCase(FEMALE_RELATIVE.join('|'))})|${anyCase(MALE_RELATIVE.join('|'))})(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?)?,? (?:${anyCase('aged')} )?(?<calledAge>\d{2,3})\b(?![ /.-]+(?:\d|${anyCase('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec')}))`;
// An age opening its sentence, as a second language's note begins one: "OPD, Tamale. 52 years, farmer, complaining of ..."
// (not after a colon, where it is a duration: "Diabetes: 20 years, on insulin"; and only in the note's opening, as a
// history's "Diabetes. 20 years, on insulin" is a duration too).
const SENTENCE_AGE_CHARS = 80;
// (The digits first, the look back last: the whole expression is tried at every word.)
const SENTENCE_AGE = String.raw`(?<sentenceAge>\d{2,3}) ${anyCase('years')},(?= [a-z])(?<=(?:^|[.!?] {1,3}|\n[ \t]*)\d{2,3} ${anyCase('years')},)`;
// A first name alone with the age after it, at a line's or a sentence's start or after a dash or a colon (checked where
// it is read): "Bev, 83, lives alone", "GP note. Bev, 83, had ...", a message signed "- Janet, 63" in quotes.
const NAME_AGE = String.raw`(?:[A-Z][a-z]{2,12}(?:-[a-z]{1,6})?(?: [A-Z]\.)?|[A-Z]\.)(?: \([^()\n]{2,60}\)| \[[^[\]\n]{2,60}\]|${kinGloss('name')})?, (?:of )?(?<nameAge>\d{2,3})(?= ?(?:y|yrs?|years?|ár)?\.?\s*(?:[,;)("”']|\.(?:\s|$)|$))`;
// ... an honorific glossed in brackets before the name, as second-language notes write one ("Sekuru (grandfather) Tendai, 80
// yrs", "'Me Palesa N., 68 yrs", "Dona (Mrs.) Alejandrina H., of 64 years"), a name's own honorific and its gloss after it
// ("Amala Tsering Dolma-la, 77 years (by Tibetan counting 78)", "Gen Lobsang Tenzin-la (Gen-la: a monk teacher), 64 years"),
// a title with a letter of its own language and a long gloss ("Nɔ (mother, term of respect) Hounkpatin, 74 years"), a gloss in
// square brackets and a title of two words ("Matua tane [father; respectful for an older man] Talagi, 77 years"), a person
// word first ("Young man Rasul A., vats (brother), 27 years").
const NAME_AGE_BEFORE =
  /(?:^|\n|[-–:] |[.!?] )\s*['‘’]?(?:(?:[A-Z][a-z\u00C0-\u024F\u0250-\u02AF]+ (?:\([\w., ;]{2,48}\) |\[[\w., ;]{2,48}\] )?){0,2}|[A-Z][a-z\u00C0-\u024F]+ [a-z\u00C0-\u024F]+ (?:\([\w., ;]{2,48}\)|\[[\w., ;]{2,48}\]) |[A-Z][a-z]+ (?:man|woman|lady|gentleman) )$/;
const NAME_AGE_BEFORE_CHARS = 80;
// A letter's subject line with a name and no title: "Re: Alan Prosser, 70" (a titled one is read above, with its sex).
const LETTER_AGE = String.raw`R[eE]: (?!(?:${FEMALE_TITLE}|${MALE_TITLE})\.? )(?:[A-Z][\w\u00C0-\u024F'’-]{0,15} ){1,3}?[A-Z][\w\u00C0-\u024F'’-]{0,15},? \(?(?<letterAge>\d{2,3})(?=\s*(?:$|[,.;)\n]|${anyCase('years?')}))`;
// "She is 59 and asymptomatic", "He is 84.", "she's 81 and lives alone", "She's 81 now", "He (71) reports": the age ends its phrase, so "she is 2 weeks post-op" is none.
const PRONOUN_AGE = String.raw`(?:(?<sheAge>${anyCase('she')})|${anyCase('he')})(?:(?: is|'s|’s) (?<pronounAge>\d{2,3})(?=\s*(?:[,.;]|${anyCase('and|now')}\b|$))| \((?<pronounBracketAge>\d{2,3})\))`;
// Years had or been, as Romance and Maltese notes say an age: "Lady who has 70 years", "Ouma (as we call her) is 83
// years and has", "The woman is 80 years", "Sinjura (Mrs) of 84 years", "Jaaja (grandmother) 82 years" (a name's gloss,
// then the age); a decade and the age in brackets: "a woman in
// her late seventies (78)".
const HAS_AGE = String.raw`(?:${anyCase('who|she|he|(?:the )?(?:woman|man|lady|gentleman|patient)')}|\)) (?:${anyCase('has|is')}) (?<hasAge>\d{2,3}) ${anyCase('years')}\b(?! (?:${anyCase('ago|of|since|old')})\b)|\) (?:${anyCase('of')} )?(?<glossOfAge>\d{2,3}) (?:${YEAR_WORD})\b(?! (?:${anyCase('ago|before|later')})\b)|${anyCase('in (?:her|his) (?:early |mid-?|late )?')}(?:${anyCase(TENS.replaceAll('y', 'ies'))}) \((?<decadeAge>\d{2,3})\)`;
// A masked age with the sex letter after it: "XX-yr-old M", "XXXX-year-old F".
const MASKED_AGE_SEX = String.raw`X{2,4}[- ]?(?:${anyCase('yrs?|years?|yo|y/o')})(?:[- ]${anyCase('old')})? (?<maskedSex>[MF])(?![\w])`;
// The patient's own words, a nurse's or a letter to the patient: "I'm 79 now", "(pt is 77; she lives alone)",
// "you are 80, and", a history's turn to the present ("Now 69, he reports"), a label ("Patient: 77 years"), a caller
// ("Caller is the patient herself, 79 yrs."). No sex in them.
const SELF_AGE = String.raw`(?:I'm|I am|Now|${anyCase("you are|you're|(?:the )?(?:pt|patient)(?: herself| himself)?(?: is|,|:)?")}) (?<selfAge>\d{2,3})(?: ?(?:${anyCase('yrs?|years?')}))?(?:, (?<selfSex>[MF])(?![\w])|(?=\s*(?:[,.;)|]|${anyCase('and|now|old|male|female')}\b|$)))`;
// A sex as its symbol, with the age after it or not: "♂ 70 | L3-S1 fusion", "79 yo ♀", or before it: "IR triage: 59 ♂ |".
const SEX_SYMBOL = String.raw`(?:(?<symbolFemale>♀)|(?<symbolMale>♂))(?: (?<symbolAge>\d{2,3})\b)?|(?<![\d.])(?<ageSymbol>\d{2,3}) ?(?:(?<ageSymbolFemale>♀)|♂)`;
// A form's fields: "Sex/Age: F / 81y", "Age/Sex: 58 / male", "Pt: (F) 69y", "Patient (m), 70 y.".
const FIELD_SEX_AGE = String.raw`(?:${anyCase('sex|gender')}) ?\/ ?${anyCase('age')}:? ?(?<fieldSex>[MF]) ?[/,] ?(?<fieldAge>\d{2,3}) ?(?:${YEAR_Y_OR_YO})?\b|${anyCase('age')} ?\/ ?(?:${anyCase('sex|gender')}):? ?(?<ageFirst>\d{2,3}) ?(?:${YEAR_Y_OR_YO})? ?[/,] ?(?:(?<ageFirstFemale>${anyCase('female')}|F)|${anyCase('male')}|M)\b|\((?<boxSex>[MFmf])\),? ?(?<boxAge>\d{2,3}) ?(?:${YEAR_Y_OR_YO})\b`;
// The kinds in one scan (a page that states none is read once, not once per kind). Each match is whole
// words, and where two kinds could start at one place the one that reads more comes first (the
// shorthand and the age beside a sex read an age and a sex at once; a sex word alone comes after them),
// so each kind's matches are the ones its own scan would find. Every kind starts at a word boundary or
// a bracket: tested once per place for all of them.
const DEMOGRAPHIC = compiledNow(
  withinBudget(
    new RegExp(
      String.raw`(?:\b|(?=[(♀♂]))(?:${SHORT_AGE_SEX}|${AGE_COMMA_SEX}|${SEX_FIRST}|${BRACKET_AGE}|${TITLED_AGE}|${LETTER_AGE}|${AGE_UNIT_SEX}|${SEX_OF_AGE}|${WORDS_OF_AGE}|${AGE}|${SEX_TITLE}|${PRONOUN_AGE}|${HAS_AGE}|${SELF_AGE}|${MASKED_AGE_SEX}|${PRONOUN}|${FIELD_SEX_AGE}|${SEX_SYMBOL}|${SEX_FIELD}|${NAME_AGE}|${AGE_NOUN_AFTER}|${PATIENT_NAME_AGE}|${RELATIVE_AGE}|${SENTENCE_AGE})`,
      'g',
    ),
    'The demographics expression',
  ),
);

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "eighty-one" → 81. */
function wordsToNumber(words: string): number {
  const [tens, unit] = words.toLowerCase().split(/[- ]/);
  return (TENS.split('|').indexOf(tens as string) + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
}

// An age in words with its unit ("seventy-nine years", "eighty one year old") is read as its digits would be, in every
// form a number takes ("Age: seventy-nine years", "has sixty-six years", "Feminine. Eighty-three years."), and with the
// shorthand's unit ("sixty-eight y/o M").
const YEARS_IN_WORDS = new RegExp(
  String.raw`\b${NUMBER_WORDS}(?=[- ](?:${YEAR_WORD}\b|[yY]\/?[oO]\b|[yY]\.[oO]\.))`,
  'g',
);

// A titled name that is not the patient's: a letter's addressee who is a colleague ("Dear Mr Baptiste, Re: Mrs Sylvia
// Naylor"; not a letter to the patient, "Dear Mrs Achebe, thank you for coming to see me"), or a caller about a relative
// ("Telephone call from Mrs. Sandhu about her husband").
const ADDRESSEE_BEFORE = /\bDear\s+$/i;
// ... a colleague asked for an opinion or sent a referral: "Dear Mr Castellano, I would appreciate your opinion on
// kyphoplasty for Mrs ...", "Dear Mr Lee, I am writing to refer ...".
const COLLEAGUE_AFTER =
  /^[^\n]{0,60}?(?:\bRe:|\bthank you for (?:seeing|reviewing)|\bI would be grateful if you (?:could|would) (?:see|review)|\bI would (?:appreciate|value|welcome) your (?:opinion|advice|input|review|help)|\bI (?:am writing|write) to (?:refer|ask)|\bI would like to refer|\b(?:please|kindly) (?:see|review) )/i;
const CALLER_ABOUT =
  /^\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? (?:about|regarding|re) (?:her|his) (?:husband|wife|partner|father|mother|dad|mum|mom|son|daughter|brother|sister)\b/;
function notThePatient(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  return (
    (ADDRESSEE_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index)) &&
      COLLEAGUE_AFTER.test(text.slice(end, end + 120))) ||
    CALLER_ABOUT.test(text.slice(end, end + 80))
  );
}

/** Pronouns counted per list no further than this: two to one is enough to decide. */
const ENOUGH_PRONOUNS = 60;

function eventAge(text: string, start: number): boolean {
  return EVENT_AGE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * The patient's age: the first stated age (reports introduce the patient before anyone else). The
 * patient's sex: the first word or shorthand letter that names it, else the pronouns used (one way,
 * at least twice as often as the other).
 */
export function readDemographics(written: string): {
  age: Read<number | null>;
  sex: Read<'female' | 'male' | null>;
} {
  const { text, at } = rewrite(written, YEARS_IN_WORDS, ([words]) => String(wordsToNumber(words)));
  const evidence = (match: RegExpExecArray) => spanBack(match, written, at);
  let age: Read<number | null> | undefined;
  let sex: Read<'female' | 'male'> | undefined;
  const she: RegExpExecArray[] = [];
  const he: RegExpExecArray[] = [];
  DEMOGRAPHIC.lastIndex = 0;
  for (let match = DEMOGRAPHIC.exec(text); match; match = DEMOGRAPHIC.exec(text)) {
    const g = match.groups ?? {};
    const sexAlone =
      g.titleFemale !== undefined ||
      g.titleMale !== undefined ||
      ((g.female !== undefined || g.male !== undefined) &&
        g.ageAfterSex === undefined &&
        g.sexOfAge === undefined &&
        g.sexWordsAge === undefined);
    if (sexAlone && notThePatient(text, match)) continue;
    // A name and an age that do not open their line: the age is read again as what follows it ("Lok Yeay Sok Phally, 66
    // years, female").
    if (
      g.nameAge !== undefined &&
      !NAME_AGE_BEFORE.test(text.slice(Math.max(0, match.index - NAME_AGE_BEFORE_CHARS), match.index))
    ) {
      DEMOGRAPHIC.lastIndex = match.index + match[0].lastIndexOf(g.nameAge);
      continue;
    }
    if (g.sentenceAge !== undefined && match.index > SENTENCE_AGE_CHARS) continue;
    const digits =
      g.shortAge ??
      g.slashAge ??
      g.joinedAge ??
      g.commaAge ??
      g.ageAfterSex ??
      g.bracketAge ??
      g.titledAge ??
      g.letterAge ??
      g.unitAge ??
      g.ofAge ??
      g.sexOfAge ??
      g.parenAge ??
      g.age ??
      g.ageAfter ??
      g.pronounAge ??
      g.pronounBracketAge ??
      g.hasAge ??
      g.glossOfAge ??
      g.decadeAge ??
      g.selfAge ??
      g.fieldAge ??
      g.ageFirst ??
      g.boxAge ??
      g.symbolAge ??
      g.ageSymbol ??
      g.ageNoun ??
      g.patientAge ??
      g.relativeAge ??
      g.calledAge ??
      g.childOfAge ??
      g.nameAge ??
      g.sentenceAge;
    const words = g.wordsOfAge ?? g.sexWordsAge;
    const value = words !== undefined ? wordsToNumber(words) : digits !== undefined ? Number(digits) : undefined;
    // A name's age is no event's: "Telephone call from Mr Okafor, 63".
    const named =
      g.titledAge !== undefined ||
      g.letterAge !== undefined ||
      g.nameAge !== undefined ||
      g.patientAge !== undefined ||
      g.relativeAge !== undefined ||
      g.calledAge !== undefined ||
      g.childOfAge !== undefined;
    if (
      value !== undefined &&
      age === undefined &&
      value > 0 &&
      value <= 120 &&
      (named || !eventAge(text, match.index))
    ) {
      age = { value, evidence: [evidence(match)] };
    }
    const field = g.sexField?.[0]?.toUpperCase();
    const title =
      g.titledAge !== undefined
        ? g.femaleTitle === undefined
          ? 'M'
          : 'F'
        : g.relativeAge !== undefined
          ? g.relativeFemale === undefined
            ? 'M'
            : 'F'
          : g.calledAge !== undefined
            ? g.calledFemale === undefined
              ? 'M'
              : 'F'
            : undefined;
    const female =
      g.female ??
      g.titleFemale ??
      g.commaFemale ??
      g.unitFemale ??
      g.ofFemale ??
      g.wordsTitleFemale ??
      g.nameKinFemale ??
      g.patientKinFemale;
    const male =
      g.male ??
      g.titleMale ??
      g.commaMale ??
      g.unitMale ??
      g.ofMale ??
      g.wordsTitleMale ??
      g.nameKinMale ??
      g.patientKinMale;
    const letter =
      g.parenSex?.toUpperCase() ??
      g.shortSex ??
      g.slashSex ??
      g.joinedSex ??
      g.ageSex ??
      g.selfSex ??
      g.fieldSex ??
      (g.ageFirst !== undefined ? (g.ageFirstFemale !== undefined ? 'F' : 'M') : undefined) ??
      g.boxSex?.toUpperCase() ??
      (g.symbolFemale !== undefined ? 'F' : g.symbolMale !== undefined ? 'M' : undefined) ??
      (g.ageSymbol !== undefined ? (g.ageSymbolFemale !== undefined ? 'F' : 'M') : undefined) ??
      g.maskedSex ??
      field ??
      title ??
      (female !== undefined ? 'F' : male !== undefined ? 'M' : undefined);
    if (letter !== undefined) sex ??= { value: letter === 'F' ? 'female' : 'male', evidence: [evidence(match)] };
    else if (
      (value === undefined ||
        g.pronounAge !== undefined ||
        g.pronounBracketAge !== undefined ||
        g.wordsHe ||
        g.wordsShe) &&
      sex === undefined
    ) {
      const list = g.she === undefined && g.sheAge === undefined && g.wordsShe === undefined ? he : she;
      if (list.length < ENOUGH_PRONOUNS) list.push(match);
    }
    if (age !== undefined && sex !== undefined) break;
  }
  return { age: age ?? nothing(null), sex: sex ?? sexByPronouns(she, he, evidence) };
}

function sexByPronouns(
  she: RegExpExecArray[],
  he: RegExpExecArray[],
  evidence: (match: RegExpExecArray) => EvidenceSpan,
): Read<'female' | 'male' | null> {
  // One pronoun is enough when the text uses no other ("Feels like she has choking").
  if (she.length >= 1 && she.length > he.length * 2)
    return { value: 'female', evidence: she.slice(0, 3).map(evidence) };
  if (he.length >= 1 && he.length > she.length * 2) return { value: 'male', evidence: he.slice(0, 3).map(evidence) };
  return nothing(null);
}

/** The patient's sex alone (see readDemographics). */
export function readSex(text: string): Read<'female' | 'male' | null> {
  return readDemographics(text).sex;
}
