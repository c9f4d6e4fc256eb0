const FLASH_MS = 1300;

/** Briefly flashes elements the reader was just taken to (animation in highlight.css). */
export function flashElements(elements: readonly Element[], className: string): void {
  for (const element of elements) {
    element.classList.remove(className);
    // Restart the animation even when the same elements are revealed twice in a row.
    void (element as HTMLElement).offsetWidth;
    element.classList.add(className);
    setTimeout(() => element.classList.remove(className), FLASH_MS);
  }
}
