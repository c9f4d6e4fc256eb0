import { segmentByRanges, type TextRange } from '../core/text/excerpt';
import { DATASET_TEXT } from '../platform/i18n';

/** Id of the element an excerpt's highlight starts at, for links and focus. */
const excerptAnchorId = (index: number) => `source-excerpt-${index + 1}`;

interface SourceTextProps {
  text: string;
  /** Where each cited excerpt is in `text`; null for one that was not found. */
  ranges: readonly (TextRange | null)[];
}

/**
 * The source's verbatim text, whitespace kept as it stands (the gaps where this copy lost its
 * hyphenated words stay visible), with each located excerpt highlighted. The start of each
 * excerpt carries its anchor id and can take focus; two excerpts that share words both mark them.
 */
export function SourceText({ text, ranges }: SourceTextProps) {
  const segments = segmentByRanges(text.length, ranges);
  const anchors = new Map<number, number>();
  ranges.forEach((range, index) => {
    if (range && !anchors.has(range.start)) anchors.set(range.start, index);
  });
  return (
    <div class="source-text" {...DATASET_TEXT}>
      {segments.map((segment) => {
        const words = text.slice(segment.start, segment.end);
        if (segment.excerpts.length === 0) return words;
        const anchor = anchors.get(segment.start);
        const starts = anchor !== undefined && segment.excerpts.includes(anchor);
        return (
          <mark
            key={segment.start}
            class={`source-excerpt${segment.excerpts.length > 1 ? ' source-excerpt--shared' : ''}`}
            data-excerpts={segment.excerpts.join(' ')}
            {...(starts ? { id: excerptAnchorId(anchor), tabIndex: -1 } : {})}
          >
            {words}
          </mark>
        );
      })}
    </div>
  );
}

/** The anchor id for excerpt `index`: its own, or that of an excerpt starting at the same place. */
export function anchorIdFor(ranges: readonly (TextRange | null)[], index: number): string | null {
  const range = ranges[index];
  if (!range) return null;
  const first = ranges.findIndex((other) => other !== null && other.start === range.start);
  return excerptAnchorId(first);
}
