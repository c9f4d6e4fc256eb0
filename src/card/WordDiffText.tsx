import type { WordDiff } from '../core/quotes';
import { t } from '../platform/i18n';

/**
 * Page words against recorded words: removed words struck out (`<del>`), added ones
 * underlined (`<ins>`). Text nodes only; a word that merely fills a gap the source copy
 * left is shown as plain text.
 */
export function WordDiffText({ diff }: { diff: readonly WordDiff[] }) {
  return (
    <p class="af-diff" aria-label={t('quoteCardDiffLabel')}>
      {diff.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.op === 'same' || part.gap) {
          return (
            <span key={i} class={part.gap ? 'af-diff-gap' : undefined}>
              {space}
              {part.word}
            </span>
          );
        }
        const Tag = part.op === 'added' ? 'ins' : 'del';
        return (
          <span key={i}>
            {space}
            <Tag class={`af-diff-${part.op}`}>{part.word}</Tag>
          </span>
        );
      })}
    </p>
  );
}
