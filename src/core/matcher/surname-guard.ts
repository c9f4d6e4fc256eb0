/**
 * The guard in front of `surname` aliases: a surname does not match right after a different
 * capitalised word that looks like a given name ("Ahmet Simsek", "Hafez al-Assad"), but does
 * after titles, sentence-initial function words (in each language of the aliases), lowercase
 * words, punctuation and possessives, and anywhere in a title-case headline ("Russia Backs
 * Assad"), where every word is capitalised whatever it is.
 */
import { foldText } from '../text/fold';
import { KIND_MASK, UnitKind, foldUnit, unitKind } from '../text/units';

/** Capitalised words that are not given names: titles and honorifics (without their dot). */
export const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mister', 'Madam', 'Madame', 'Mme', 'Dr', 'Doctor', 'Prof', 'Professor',
  'Sir', 'Dame', 'Lord', 'Lady', 'President', 'Vice', 'Minister', 'Premier', 'Chancellor', 'Ambassador',
  'Envoy', 'Deputy', 'General', 'Gen', 'Lt', 'Lieutenant', 'Maj', 'Major', 'Col', 'Colonel', 'Capt',
  'Captain', 'Brig', 'Brigadier', 'Admiral', 'Adm', 'Marshal', 'Sgt', 'Sergeant', 'Commander', 'Cmdr',
  'Chief', 'Leader', 'Head', 'Sheikh', 'Shaikh', 'Sheik', 'Emir', 'Amir', 'King', 'Queen', 'Prince',
  'Princess', 'Sultan', 'Imam', 'Mufti', 'Ayatollah', 'Cleric', 'Pope', 'Patriarch', 'Bishop', 'Sen',
  'Senator', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Gov', 'Governor', 'Mayor',
  'Secretary', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Negotiator', 'Delegate', 'Official',
  'Judge', 'Justice', 'Prosecutor', 'Mediator', 'Coordinator', 'Director', 'Chairman', 'Chairwoman',
  'Chair', 'Adviser', 'Advisor', 'Former', 'Pro', 'Anti', 'Ex', 'PM', 'FM', 'MP', 'Sec', 'Amb',
] as const;

/** Capitalised words that start sentences or headlines rather than names. */
const FUNCTION_WORDS = [
  'A', 'An', 'The', 'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'As', 'While', 'Whilst', 'When', 'Whenever',
  'Where', 'Why', 'How', 'What', 'Who', 'Whom', 'Whose', 'Which', 'If', 'Unless', 'Until', 'Till', 'After',
  'Before', 'Since', 'Although', 'Though', 'Because', 'Once', 'Then', 'Now', 'Meanwhile', 'However', 'Also',
  'Still', 'Even', 'Only', 'Indeed', 'Instead', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless',
  'Thus', 'Therefore', 'Hence', 'Otherwise', 'Besides', 'Likewise', 'Similarly', 'Finally', 'Later',
  'Earlier', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Here', 'There', 'That', 'This', 'These', 'Those',
  'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Its', 'For',
  'In', 'On', 'At', 'By', 'With', 'Within', 'Without', 'Under', 'Over', 'Of', 'From', 'To', 'Into', 'Onto',
  'Upon', 'About', 'Above', 'Below', 'Against', 'Among', 'Amongst', 'Amid', 'Between', 'Beyond', 'Behind',
  'Beside', 'Despite', 'During', 'Except', 'Like', 'Unlike', 'Near', 'Per', 'Through', 'Throughout',
  'Toward', 'Towards', 'Via', 'Versus', 'Vs', 'Both', 'Either', 'Neither', 'Not', 'No', 'Do', 'Does', 'Did',
  'Is', 'Was', 'Are', 'Were', 'Be', 'Been', 'Has', 'Have', 'Had', 'Will', 'Would', 'Shall', 'Should', 'Can',
  'Could', 'May', 'Might', 'Must', 'Let', 'Says', 'Said', 'Asked', 'Told', 'Dear', 'According', 'Last',
  'Next', 'Early', 'Every', 'Each', 'Some', 'Many', 'Most', 'All', 'Any', 'Whether', 'Whereas',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
] as const;

/** The same in the other languages of the aliases (fr, es, it, de, tr, ru), as space-separated words. */
const OTHER_TITLES: readonly string[] = [
  // fr
  'M Monsieur Ministre Ambassadeur Émissaire Envoyé Général Cheikh Chef Négociateur Délégué Commandant',
  'Dirigeant Président Médiateur',
  // es, it
  'Presidente Ministro Embajador Enviado Jefe Portavoz Negociador Comandante Líder Señor Sr Jeque',
  'Vicepresidente Vicepremier Vicepremiê Canciller Ambasciatore Inviato Generale Capo Portavoce',
  'Negoziatore Signor Signore Sig Sceicco Viceministro',
  // de
  'Präsident Botschafter Gesandter Gesandte Sprecher Unterhändler Kommandeur Anführer Führer Herr Frau',
  'Scheich Regierungschef Staatschef Machthaber Kanzler Vizekanzler',
  // tr
  'Cumhurbaşkanı Başbakan Yardımcısı Bakan Bakanı Büyükelçi Büyükelçisi Elçi Elçisi Sözcü Sözcüsü Lider',
  'Lideri Başkan Başkanı Komutan Komutanı Şeyh Bay Bayan Sayın Başmüzakereci Temsilci Temsilcisi',
  // ru
  'Президент Премьер Министр Посол Постпред Глава Лидер Генерал Шейх Господин Господина',
  'Спецпосланник Представитель Главу Главой Президента Президенту Президентом',
].flatMap((words) => words.split(' '));

/**
 * Heads of compound titles, which German writes as one word: "Vizepremier", "Rebellensprecher",
 * "Regierungsunterhändler", "UN-Botschafter". Compared folded, at the end of a word.
 */
const TITLE_HEADS = [
  'prasident', 'minister', 'botschafter', 'gesandte', 'gesandter', 'sprecher', 'unterhandler', 'kommandeur', 'anfuhrer',
  'fuhrer', 'premier', 'kanzler', 'berater', 'vertreter', 'leiter', 'diplomat', 'general', 'machthaber', 'chef',
  'vermittler', 'verhandler', 'delegierte', 'delegierter',
];

/** Sentence-initial words in the other languages of the aliases, as space-separated words. */
const OTHER_FUNCTION_WORDS: readonly string[] = [
  // fr
  'Le La Les L Un Une Des Du De D Et Mais Ou Donc Or Ni Car Si Quand Lorsque Alors Comme Pour Selon',
  'Avec Sans Contre Chez Après Avant Depuis Pendant Pourtant Ainsi Enfin Puis Aussi Même Face Dans En',
  'Au Aux Sur Sous Par Entre Vers Ce Cette Ces Son Sa Ses Leur Il Elle Ils Elles On Nous Vous Je Qui',
  'Que Quoi Où Dont Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Hier Demain Côté Désormais',
  'Toutefois Cependant',
  // es
  'El Los Las Una Unos Unas Del Al Y E O U Pero Sino Cuando Como Para Por Según Con Sin Tras Desde',
  'Durante Hacia Hasta Sobre Ante Bajo Este Esta Estos Estas Ese Esa Su Sus Él Ella Ellos Ellas Quien',
  'Donde Lunes Martes Miércoles Jueves Viernes Sábado Domingo Ayer Hoy Mañana También Además Así',
  'Mientras Aunque',
  // it
  'Il Lo Gli Uno Della Dei Degli Delle Di Da Dal Dalla Ed Ma Però Se Secondo Senza Contro Dopo Prima',
  'Tra Fra Verso Sul Sulla Nel Nella Alla Ai Questo Questa Quel Quella Suo Sua Lui Lei Loro Noi Che Chi',
  'Dove Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica Ieri Oggi Domani Anche Intanto Mentre',
  'Infatti Inoltre Già Ancora Proprio Perché',
  // de
  'Der Die Das Den Dem Ein Eine Einen Einem Einer Eines Und Oder Aber Doch Denn Wenn Als Wie Ob Dass',
  'Weil Für Mit Ohne Gegen Nach Vor Seit Während Zwischen Bei Von Vom Zum Zur Im Am An Auf Aus Über',
  'Unter Durch Laut Auch Noch Nur Schon Dieser Diese Dieses Sein Seine Ihr Ihre Er Sie Es Wir Man Wer',
  'Was Wo Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Gestern Heute Morgen Damit Dabei',
  'Dazu Danach Dann Jetzt Nun Zudem Allerdings',
  // tr
  'Ve İle Bu Şu Bir İçin Ama Fakat Ancak Çünkü Gibi Göre Kadar Sonra Önce Ki Ya Veya Hem Ne Mi Her Bazı',
  'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar Dün Bugün Yarın Ayrıca Öte Yandan Ise İse',
  // ru
  'В Во На С Со К Ко По О Об От До Из За Для При Без Про Через И А Но Или Что Как Когда Где Это Этот',
  'Эта Он Она Они Мы Его Ее Их Не Также Еще Уже Однако Между После Перед Против Понедельник Вторник',
  'Среда Четверг Пятница Суббота Воскресенье Вчера Сегодня Завтра Теперь',
].flatMap((words) => words.split(' '));

/** Particles that may stand between a given name and the surname: "Hafez al-Assad", "Staffan de Mistura". */
const PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'de', 'van', 'von', 'der']);
const LONGEST_PARTICLE = 3;

const ALL_WORDS = [...TITLES, ...FUNCTION_WORDS, ...OTHER_TITLES, ...OTHER_FUNCTION_WORDS];
/** Every title and function word as written and in capitals: most words are found here without folding. */
const AS_WRITTEN = new Set(ALL_WORDS.flatMap((word) => [word, word.toUpperCase()]));
/** Every title and function word, folded. */
const ALLOWED = new Set(ALL_WORDS.map((word) => foldText(word)));
const SHORTEST_HEAD = Math.min(...TITLE_HEADS.map((head) => head.length));

/** A title, an honorific or a function word in one of the aliases' languages (any case, diacritics aside). */
export function isTitleOrFunctionWord(word: string): boolean {
  if (AS_WRITTEN.has(word)) return true;
  const folded = foldText(word);
  if (ALLOWED.has(folded)) return true;
  return folded.length > SHORTEST_HEAD + 1 && TITLE_HEADS.some((head) => folded.length > head.length + 1 && folded.endsWith(head));
}

const UPPER_LETTER = /\p{Lu}/u;
const isLetterUnit = (code: number): boolean => {
  const kind = unitKind(code) & KIND_MASK;
  return kind === UnitKind.Letter || kind === UnitKind.Mark;
};
const isIgnoredUnit = (code: number): boolean => (unitKind(code) & KIND_MASK) === UnitKind.Ignored;
/** A letter or digit, or an apostrophe: what a given name may not follow ("Turkey's Simsek"). */
const isWordOrApostrophe = (code: number): boolean => {
  const kind = unitKind(code) & KIND_MASK;
  return kind === UnitKind.Letter || kind === UnitKind.Mark || kind === UnitKind.Number || kind === UnitKind.Apostrophe;
};
/** What may stand between a particle and the surname. */
const PARTICLE_SEPARATOR = /[\s\-\u2010-\u2013]/;

/**
 * True when a surname starting at `start` follows a capitalised word that looks like a
 * given name, separated only by spaces (one line break at most) and optionally an
 * Arabic article or other particle. The word must start a word itself (not follow a
 * letter, digit or apostrophe, so "Turkey's Simsek" is a possessive and "McGurk" one
 * word), and must not be a title or function word ("President Assad", "But Alloush").
 * With `agree` (the folded last letter of a declined surname, Russian "Асада"), the word
 * must end in that letter too: a given name takes the surname's case ("Башара Асада"),
 * the noun a surname depends on does not ("Противники Асада").
 */
export function followsGivenName(text: string, start: number, agree = -1): boolean {
  if (givenNameEndsAt(text, start, agree)) return !inTitleCaseLine(text, start);
  let particleEnd = start;
  while (particleEnd > 0 && PARTICLE_SEPARATOR.test(text[particleEnd - 1]!)) particleEnd--;
  if (particleEnd === start) return false;
  for (let length = 2; length <= LONGEST_PARTICLE; length++) {
    const from = particleEnd - length;
    if (from >= 0 && PARTICLES.has(text.slice(from, particleEnd).toLowerCase()) && givenNameEndsAt(text, from, agree)) return !inTitleCaseLine(text, start);
  }
  return false;
}

/**
 * Whether a surname-only match at [start, end) is followed, after one space on the same line,
 * by a capitalised word that is not a title or function word: then it is someone's given name
 * ("Assad Abboud"), not the surname alone. Title-case lines ("Russia Backs Assad Plan") are
 * left alone, as for the given-name guard.
 */
export function precedesSurname(text: string, start: number, end: number): boolean {
  if (text[end] !== ' ' && text[end] !== '\u00A0') return false;
  const from = end + 1;
  let pos = from;
  while (pos < text.length && (isLetterUnit(text.charCodeAt(pos)) || isIgnoredUnit(text.charCodeAt(pos)))) pos++;
  if (pos - from < 2 || !UPPER_LETTER.test(text[from]!)) return false;
  // "Assad's", "Assad-led": the next word is not a name of its own.
  if (pos < text.length && isWordOrApostrophe(text.charCodeAt(pos))) return false;
  const word = text.slice(from, pos);
  // An acronym or a word in capitals ("Assad IS", "ASSAD ABBOUD") says nothing about a given name.
  if (word === word.toUpperCase()) return false;
  return !isTitleOrFunctionWord(word) && !inTitleCaseLine(text, start);
}

/**
 * A given name followed by whitespace ends right before `end`. Page text wraps lines
 * inside a name ("Ahmet\nSimsek"), but a blank line ends a headline or paragraph, and
 * the word before it belongs to something else ("Middle East\n\nAssad says").
 */
function givenNameEndsAt(text: string, end: number, agree: number): boolean {
  let pos = end;
  let lineBreaks = 0;
  while (pos > 0 && /\s/.test(text[pos - 1]!)) {
    const ch = text[pos - 1]!;
    if (ch === '\n') lineBreaks++;
    // A carriage return only counts as part of a "\r\n" line break.
    else if (ch === '\r' && text[pos] !== '\n') return false;
    pos--;
  }
  if (pos === end || lineBreaks > 1) return false;
  const wordEnd = pos;
  while (pos > 0 && (isLetterUnit(text.charCodeAt(pos - 1)) || isIgnoredUnit(text.charCodeAt(pos - 1)))) pos--;
  // Ignored units before the word's first letter are not part of it.
  while (pos < wordEnd && isIgnoredUnit(text.charCodeAt(pos))) pos++;
  if (pos === wordEnd || !UPPER_LETTER.test(text[pos]!)) return false;
  if (pos > 0 && isWordOrApostrophe(text.charCodeAt(pos - 1))) return false;
  if (agree >= 0 && lastLetter(text, pos, wordEnd) !== agree) return false;
  return !isTitleOrFunctionWord(text.slice(pos, wordEnd));
}

function lastLetter(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if ((unitKind(code) & KIND_MASK) === UnitKind.Letter) return foldUnit(code).charCodeAt(0);
  }
  return -1;
}

/** How far a title-case line is looked at on each side of a name. */
const LINE_REACH = 300;

/** Short words that title case leaves in lower case ("Kremlin Calls Astana Meeting a Success"). */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'nor', 'by', 'with', 'as', 'vs', 'via', 'per', 'but']);


/**
 * A headline in title case ("To Exclude Assad From Talks", "Russia Backs Assad"): every word on
 * the line is a capital followed by lower-case letters, but for the few short words title case
 * leaves in lower case, and at least three have four letters or more. A line in capitals does
 * not count: it says nothing about which of its words are names. Prose fails at its first
 * lower-case word, a few characters away, so the line is read outwards from the name.
 */
function inTitleCaseLine(text: string, at: number): boolean {
  let long = 0;
  // Backwards from the name to the line start, then forwards from it to the line end.
  let i = at;
  while (i > 0 && at - i < LINE_REACH && text[i - 1] !== '\n') {
    if (!isLetterUnit(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    const end = i;
    while (i > 0 && isLetterUnit(text.charCodeAt(i - 1))) i--;
    const verdict = titleCaseWord(text.slice(i, end));
    if (verdict < 0) return false;
    long += verdict;
  }
  i = at;
  while (i < text.length && i - at < LINE_REACH && text[i] !== '\n') {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < text.length && isLetterUnit(text.charCodeAt(i))) i++;
    const verdict = titleCaseWord(text.slice(from, i));
    if (verdict < 0) return false;
    long += verdict;
  }
  return long >= 3;
}

/** -1: the word breaks title case; 1: a capitalised word of four letters or more; 0: neither. */
function titleCaseWord(word: string): number {
  if (word.length < 2) return 0;
  if (!UPPER_LETTER.test(word[0]!)) return TITLE_CASE_LOWER.has(word) ? 0 : -1;
  const rest = word.slice(1);
  if (rest === rest.toUpperCase()) return word.length >= 4 ? -1 : 0;
  return word.length >= 4 ? 1 : 0;
}
