import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface SwitchProps {
  label: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** A second line under the label. */
  description?: ComponentChildren;
  /** Something drawn before the label, e.g. a colour swatch. */
  leading?: ComponentChildren;
  class?: string;
}

/** A real checkbox with role="switch", so keyboards, screen readers and forms all work unchanged. */
export function Switch({ label, checked, onChange, disabled, description, leading, class: className }: SwitchProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-desc`;
  return (
    <div class={`af-switch${disabled ? ' af-switch--disabled' : ''}${className ? ` ${className}` : ''}`}>
      <label class="af-switch-label" for={id}>
        {leading}
        <span class="af-switch-text">
          <span class="af-switch-title" id={titleId}>
            {label}
          </span>
          {description ? (
            <span class="af-switch-desc" id={descriptionId}>
              {description}
            </span>
          ) : null}
        </span>
      </label>
      <span class="af-switch-control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          // Named by the title alone: the description is read after it, not as part of the name.
          aria-labelledby={description ? titleId : undefined}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        <span class="af-switch-track" aria-hidden="true">
          <span class="af-switch-thumb" />
        </span>
      </span>
    </div>
  );
}
