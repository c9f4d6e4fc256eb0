/**
 * What the page shows for a verdict. Wording rule: a quote we have not recorded is "not in
 * our records", never "false", "fake" or "fabricated".
 */
import type { QuoteVerdict } from './types';

export function verdictLabel(v: QuoteVerdict, speakerName: string, recordedSpeakerName?: string): string {
  let label: string;
  switch (v.verdict) {
    case 'exact':
      label = `Matches the recorded quote of ${speakerName}`;
      break;
    case 'partial':
      label = `Part of a recorded quote of ${speakerName}`;
      break;
    case 'close':
      label =
        v.quote?.kind === 'reported'
          ? `Close to what ${speakerName} is recorded as saying (in the source’s paraphrase), with differences`
          : `Close to a recorded quote of ${speakerName}, with differences`;
      break;
    case 'unknown':
      label = `Not in our records for ${speakerName} — our sources do not record these words; that alone says nothing about whether they were said`;
      break;
  }
  if (v.otherSpeaker) {
    const who = recordedSpeakerName ?? 'someone else';
    const how =
      v.otherVerdict === 'exact'
        ? `These words are recorded as said by ${who}`
        : v.otherVerdict === 'partial'
          ? `These words are part of a quote recorded as said by ${who}`
          : `Similar words are recorded as said by ${who}`;
    label += `. ${how}`;
  }
  return label;
}
