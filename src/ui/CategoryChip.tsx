import type { Category } from '../core/dataset/schema';
import { categoryLabel } from '../platform/i18n';

/** The category's name on its highlight colour (the same colours as on the page). */
export function CategoryChip({ category }: { category: Category }) {
  return (
    <span class={`af-chip af-cat-${category}`} data-category={category}>
      <span class="af-swatch" aria-hidden="true" />
      {categoryLabel(category)}
    </span>
  );
}

/** A dot in the category's colour, for dense lists; the label is for screen readers. */
export function CategoryDot({ category }: { category: Category }) {
  return (
    <span class={`af-dot af-cat-${category}`} data-category={category} role="img" aria-label={categoryLabel(category)} />
  );
}
