/**
 * The words of attribution: speech verbs, the small words that may stand between a
 * speaker and the verb, and the positions where a name is the addressee, not the speaker.
 */

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'insisted', 'insists',
  'warned', 'warns', 'explained', 'explains', 'noted', 'notes', 'asked', 'asks', 'declared', 'declares',
  'replied', 'replies', 'continued', 'continues', 'wrote', 'writes', 'claimed', 'claims', 'argued', 'argues',
  'reported', 'reports', 'announced', 'announces', 'remarked', 'stressed', 'stresses', 'emphasised',
  'emphasized', 'commented', 'urged', 'urges', 'acknowledged', 'admitted', 'recalled', 'conceded',
  'confirmed', 'denied', 'vowed', 'pledged', 'responded', 'answered', 'concluded', 'observed', 'cautioned',
  'complained', 'predicted', 'suggested', 'tweeted',
];
const VERB = `(?:${VERBS.join('|')})`;

/** Verbs whose object is the person spoken to ("told AFP", "asked Alloush"). */
export const ADDRESSEE_VERBS = new Set(['told', 'tells', 'asked', 'asks', 'urged', 'urges']);

/**
 * Words that may stand between a subject and its speech verb: "Alloush has also said".
 * ASCII only, and the case-insensitive patterns built with it have no 'u' flag: a
 * case-insensitive Unicode pattern makes V8 work out the case variants of whole Unicode
 * classes on first use, a few milliseconds each on every page load; these are English
 * words either way.
 */
const AUX = String.raw`(?:has|had|have|also|later|then|earlier|again|previously|reportedly|recently|further|once|simply|flatly|himself|herself|itself|themselves|on\s+[A-Z][a-z]+|last\s+week|this\s+week|on\s+[A-Z][a-z]+day)`;

export type Pronoun = 'he' | 'she' | 'they' | 'it';

/** Every speech verb in a text (global). */
export const VERB_RE = new RegExp(String.raw`\b${VERB}\b`, 'gi');

/** After a quotation: "he said", "she told AFP", "they have also warned". */
export const PRONOUN_VERB_AT_START = new RegExp(String.raw`^(he|she|they|it)\s+(?:${AUX}\s+)*(${VERB})\b`, 'i');
/** Before a speech verb: the pronoun right in front of it. */
export const PRONOUN_BEFORE_VERB = new RegExp(String.raw`\b(he|she|they|it)\s+(?:${AUX}\s+)*$`, 'i');
/** After a quotation: "said X", "added Turkey's deputy prime minister X". */
export const VERB_AT_START = new RegExp(String.raw`^(?:${AUX}\s+)*(${VERB})\b`, 'i');
/** "according to X". */
export const ACCORDING_TO = /\baccording\s+to\s+/gi;
export const ACCORDING_TO_AT_START = /^according\s+to\s+/i;

/**
 * What may stand between a speaker's name and the speech verb: nothing, an apposition
 * (", Turkish deputy prime minister,"), the name as an apposition itself (", Alloush, said"),
 * a relative "who", and auxiliary words.
 */
export const SUBJECT_GAP = new RegExp(
  String.raw`^(?:\s*,\s*(?:who\s+)?|\s*,[^,.;:!?"\u201C\u201D\u00AB\u00BB\u2014]{1,120},\s*(?:who\s+)?|\s+)(?:${AUX}\s+)*$`,
  'u',
);

/**
 * Text right before a name that makes the name the one spoken to, or the medium:
 * "told Russian TASS", "speaking to AFP", "in an interview with", "quoted by".
 */
export const ADDRESSEE_BEFORE = new RegExp(
  String.raw`(?:\b(?:told|tells|tell|telling|asked|asks)|\b(?:speaking|spoke|speaks|talking|talked|talks|said|says|saying)\s+to|\binterview\s+with|\binterviewed\s+by|\bquoted\s+by|\bcited\s+by|\breported\s+by)\s+(?:(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}\p{M}'\u2019\-]*)\s+){0,3}$`,
  'u',
);

