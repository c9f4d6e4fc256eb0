/**
 * Inline annotations of the evaluation corpus (tests/fixtures/eval/*.txt).
 *
 * A mention that should be highlighted is written `[[surface text|entity-id]]`; the surface
 * text is exactly the span a leftmost-longest highlight should cover and may contain any
 * character except `|`, `[` and `]` (line breaks, non-breaking spaces and soft hyphens included).
 * Everything outside the brackets is plain page text that must not be highlighted.
 */

export interface ExpectedMention {
  /** Offsets into the plain text, end exclusive (UTF-16 code units, like String#slice). */
  start: number;
  end: number;
  entityId: string;
  /** The surface text, for reports. */
  text: string;
}

export interface AnnotatedText {
  /** The text with every annotation replaced by its surface text. */
  text: string;
  expected: ExpectedMention[];
}

const ANNOTATION_RE = /\[\[([^|[\]]*)\|([^[\]|]*)\]\]/g;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class AnnotationError extends Error {}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Parses an annotated text. Throws on malformed or empty annotations and on stray `[[` / `]]`. */
export function parseAnnotated(source: string, name = 'text'): AnnotatedText {
  let text = '';
  const expected: ExpectedMention[] = [];
  let last = 0;
  for (const m of source.matchAll(ANNOTATION_RE)) {
    const index = m.index;
    const surface = m[1] ?? '';
    const entityId = m[2] ?? '';
    const between = source.slice(last, index);
    checkPlain(between, source, last, name);
    text += between;
    if (surface.trim() === '' || surface !== surface.trim()) {
      throw new AnnotationError(
        `${name}:${lineOf(source, index)}: surface text must be non-empty and not start or end with whitespace: ${JSON.stringify(m[0])}`,
      );
    }
    if (!ID_RE.test(entityId)) {
      throw new AnnotationError(`${name}:${lineOf(source, index)}: bad entity id ${JSON.stringify(entityId)}`);
    }
    const start = text.length;
    text += surface;
    expected.push({ start, end: text.length, entityId, text: surface });
    last = index + m[0].length;
  }
  const tail = source.slice(last);
  checkPlain(tail, source, last, name);
  text += tail;
  return { text, expected };
}

function checkPlain(segment: string, source: string, offset: number, name: string): void {
  for (const token of ['[[', ']]']) {
    const at = segment.indexOf(token);
    if (at >= 0) {
      throw new AnnotationError(
        `${name}:${lineOf(source, offset + at)}: stray "${token}" (malformed annotation?) near ${JSON.stringify(
          source.slice(Math.max(0, offset + at - 20), offset + at + 40),
        )}`,
      );
    }
  }
}
