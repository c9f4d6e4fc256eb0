/**
 * What the page shows for a verdict, as messages for the interface to translate (this module is
 * pure: the words live in public/_locales). Wording rule: a quote we have not recorded is "not in
 * our records", never "false", "fake" or "fabricated".
 */
import type { QuoteVerdict } from './types';

/** Keys of public/_locales/en/messages.json; the i18n layer checks that they exist. */
export type VerdictMessageKey =
  | 'verdictSentenceExact'
  | 'verdictSentenceExactReported'
  | 'verdictSentencePartial'
  | 'verdictSentencePartialReported'
  | 'verdictSentenceClose'
  | 'verdictSentenceCloseReported'
  | 'verdictSentenceUnknown'
  | 'verdictSentenceMisattributed'
  | 'verdictSentenceMisattributedPartial'
  | 'verdictSentenceMisattributedClose'
  | 'verdictOtherExact'
  | 'verdictOtherPartial'
  | 'verdictOtherClose'
  | 'verdictOtherUnnamed';

/** One sentence: a message key and its substitutions (speaker names). */
export interface VerdictMessage {
  key: VerdictMessageKey;
  substitutions: string[];
}

/**
 * The verdict in one or two sentences: how the quotation compares with what `speakerName` is
 * recorded as saying, then, when the words are recorded for someone else, for whom.
 */
export function verdictLabel(v: QuoteVerdict, speakerName: string, recordedSpeakerName?: string): VerdictMessage[] {
  const sentence = (key: VerdictMessageKey, ...substitutions: string[]): VerdictMessage => ({ key, substitutions });
  const messages: VerdictMessage[] = [];
  // The source's paraphrase quoted word for word is no verbatim quote of the speaker.
  const reported = v.quote?.kind === 'reported';
  switch (v.verdict) {
    case 'exact':
      messages.push(sentence(reported ? 'verdictSentenceExactReported' : 'verdictSentenceExact', speakerName));
      break;
    case 'partial':
      messages.push(sentence(reported ? 'verdictSentencePartialReported' : 'verdictSentencePartial', speakerName));
      break;
    case 'close':
      messages.push(
        sentence(v.quote?.kind === 'reported' ? 'verdictSentenceCloseReported' : 'verdictSentenceClose', speakerName),
      );
      break;
    case 'unknown':
      messages.push(sentence('verdictSentenceUnknown', speakerName));
      break;
    case 'misattributed':
      if (recordedSpeakerName !== undefined) {
        const key =
          v.otherVerdict === 'partial'
            ? 'verdictSentenceMisattributedPartial'
            : v.otherVerdict === 'close'
              ? 'verdictSentenceMisattributedClose'
              : 'verdictSentenceMisattributed';
        // One sentence says it all: the words are someone else's, not the named speaker's.
        return [sentence(key, speakerName, recordedSpeakerName)];
      }
      messages.push(sentence('verdictSentenceUnknown', speakerName));
      break;
  }
  if (v.otherSpeaker) {
    if (recordedSpeakerName === undefined) messages.push(sentence('verdictOtherUnnamed'));
    else if (v.otherVerdict === 'exact') messages.push(sentence('verdictOtherExact', recordedSpeakerName));
    else if (v.otherVerdict === 'partial') messages.push(sentence('verdictOtherPartial', recordedSpeakerName));
    else messages.push(sentence('verdictOtherClose', recordedSpeakerName));
  }
  return messages;
}
