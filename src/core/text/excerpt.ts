/**
 * Finding a dataset excerpt in its source text, for the source view. The dataset validator
 * (src/core/dataset/validate.ts, `containsVerbatim`) accepts an excerpt when it occurs in the
 * text with every whitespace run of both collapsed to one space; this finds the same occurrence,
 * but as offsets into the text as it stands, so the view can highlight it in place.
 */

export interface TextRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just after the last character. */
  end: number;
}

/** A stretch of the text, and which excerpts (by index) cover it; none for plain text. */
interface TextSegment {
  start: number;
  end: number;
  excerpts: number[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The first occurrence of `excerpt` in `text`, where any whitespace run of the excerpt matches
 * any whitespace run of the text ("Bashar   will" finds "Bashar will" and the reverse); null
 * when it does not occur or is blank. Leading and trailing whitespace of the excerpt is ignored.
 */
export function locateExcerpt(text: string, excerpt: string): TextRange | null {
  const words = excerpt.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  // Literal words joined by \s+: each \s+ is followed by a non-space literal, so there is no
  // backtracking to speak of and the search is linear in the text.
  const match = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * Cuts `[0, length)` at every range boundary, so that each segment is covered by the same set
 * of ranges throughout. Overlapping ranges (two excerpts sharing words) are both kept; empty
 * segments are left out.
 */
export function segmentByRanges(length: number, ranges: readonly (TextRange | null)[]): TextSegment[] {
  const cuts = new Set([0, length]);
  for (const range of ranges) {
    if (!range) continue;
    cuts.add(clamp(range.start, length));
    cuts.add(clamp(range.end, length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const excerpts: number[] = [];
    ranges.forEach((range, index) => {
      if (range && range.start <= start && end <= range.end) excerpts.push(index);
    });
    segments.push({ start, end, excerpts });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(offset, 0), length);
}
