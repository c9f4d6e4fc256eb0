/**
 * The guard in front of `surname` aliases: a surname does not match right after a different
 * capitalised word that looks like a given name ("Ahmet Simsek", "Hafez al-Assad"), but does
 * after titles, sentence-initial function words, lowercase words, punctuation and possessives.
 */
import { INVISIBLE_CHARS } from '../text/fold';
import { literalAlternation } from './trie';

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
const PARTICLES = '(?:[aAeE][lL]|[bB](?:in|IN|en|EN)|[iI](?:bn|BN)|[dD][eE]|[vV](?:an|AN|on|ON)|der)';

function alternation(words: readonly string[]): string {
  return literalAlternation(words.flatMap((w) => [w, w.toUpperCase()]));
}

/**
 * A lookbehind that holds where a surname would follow a capitalised word that is not a title
 * or function word, separated only by whitespace (and optionally an article/particle).
 * The word must start the word (not follow a letter, digit or apostrophe, so "Turkey's" is a
 * possessive and "McGurk" is one word).
 */
export function givenNameBefore(): string {
  const allowed = alternation([...TITLES, ...FUNCTION_WORDS]);
  return (
    `(?<=(?<![\\p{L}\\p{M}\\p{N}'\\u2019\\u02BC])` +
    `(?!(?:${allowed})\\s)` +
    `\\p{Lu}[\\p{L}\\p{M}${INVISIBLE_CHARS}]*${ONE_LINE_BREAK_AT_MOST}` +
    `(?:${PARTICLES}[\\s\\-\\u2010-\\u2013]+)?)`
  );
}

/**
 * Whitespace between the given name and the surname. Page text wraps lines inside a name
 * ("Ahmet\nSimsek"), but a blank line ends a headline or paragraph, and the word before it
 * belongs to something else ("Middle East\n\nAssad says").
 */
const ONE_LINE_BREAK_AT_MOST = '(?:[^\\S\\n\\r]+|[^\\S\\n\\r]*\\r?\\n[^\\S\\n\\r]*)';

/** Name of the capture group set when the guard trips; surname terminals require it to be unset. */
export const GUARD_GROUP = 'given';

/**
 * Placed once at the start of the pattern. Lookarounds are atomic, so when a given name
 * stands before the match the group captures the first letter and nothing can undo that.
 */
export function guardCapture(): string {
  return `(?=(?:${givenNameBefore()}(?<${GUARD_GROUP}>\\p{L}))?)`;
}

/**
 * Placed where a surname alias ends (after the right word boundary). An unset group
 * backreference matches the empty string, so this passes unless the guard tripped; if it
 * did, it asks for a letter right after a word end, which can never be there.
 */
export const SURNAME_END_CHECK = `(?=\\k<${GUARD_GROUP}>)`;
