/**
 * The guard in front of `surname` aliases: a surname does not match right after a different
 * capitalised word that looks like a given name ("Ahmet Simsek", "Hafez al-Assad"), but does
 * after titles, sentence-initial function words, lowercase words, punctuation and possessives.
 */
import { INVISIBLE_CHARS } from '../text/fold';

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
export const FUNCTION_WORDS = [
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

/** Particles that may stand between a given name and the surname: "Hafez al-Assad", "Staffan de Mistura". */
const PARTICLES = new Set([
  'al', 'Al', 'aL', 'AL', 'el', 'El', 'eL', 'EL', 'bin', 'Bin', 'BIN', 'bIN', 'ben', 'Ben', 'BEN', 'bEN',
  'ibn', 'Ibn', 'IBN', 'iBN', 'de', 'De', 'dE', 'DE', 'van', 'Van', 'VAN', 'vAN', 'von', 'Von', 'VON', 'vON', 'der',
]);
const LONGEST_PARTICLE = 3;

const ALLOWED = new Set([...TITLES, ...FUNCTION_WORDS].flatMap((word) => [word, word.toUpperCase()]));

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER_LETTER = /\p{Lu}/u;
const WORD_OR_APOSTROPHE = /[\p{L}\p{M}\p{N}'\u2019\u02BC]/u;
/** What may stand between a particle and the surname. */
const PARTICLE_SEPARATOR = /[\s\-\u2010-\u2013]/;

/**
 * True when a surname starting at `start` follows a capitalised word that looks like a
 * given name, separated only by spaces (one line break at most) and optionally an
 * Arabic article or other particle. The word must start a word itself (not follow a
 * letter, digit or apostrophe, so "Turkey's Simsek" is a possessive and "McGurk" one
 * word), and must not be a title or function word ("President Assad", "But Alloush").
 */
export function followsGivenName(text: string, start: number): boolean {
  if (givenNameEndsAt(text, start)) return true;
  let particleEnd = start;
  while (particleEnd > 0 && PARTICLE_SEPARATOR.test(text[particleEnd - 1]!)) particleEnd--;
  if (particleEnd === start) return false;
  for (let length = 2; length <= LONGEST_PARTICLE; length++) {
    const from = particleEnd - length;
    if (from >= 0 && PARTICLES.has(text.slice(from, particleEnd)) && givenNameEndsAt(text, from)) return true;
  }
  return false;
}

/**
 * A given name followed by whitespace ends right before `end`. Page text wraps lines
 * inside a name ("Ahmet\nSimsek"), but a blank line ends a headline or paragraph, and
 * the word before it belongs to something else ("Middle East\n\nAssad says").
 */
function givenNameEndsAt(text: string, end: number): boolean {
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
  while (pos > 0 && (LETTER_OR_MARK.test(text[pos - 1]!) || INVISIBLE.test(text[pos - 1]!))) pos--;
  // Invisible characters before the word's first letter are not part of it.
  while (pos < wordEnd && INVISIBLE.test(text[pos]!)) pos++;
  if (pos === wordEnd || !UPPER_LETTER.test(text[pos]!)) return false;
  if (pos > 0 && WORD_OR_APOSTROPHE.test(text[pos - 1]!)) return false;
  return !ALLOWED.has(text.slice(pos, wordEnd));
}
