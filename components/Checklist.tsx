import { i18n } from '#i18n';
import type { StepId } from '@/utils/steps/ids';
import type { ChecklistItem } from '@/utils/steps/schema';

interface ChecklistProps {
  stepId: StepId;
  items: readonly ChecklistItem[];
  /** Item ids that are ticked. */
  checked: ReadonlySet<string>;
  onToggle(itemId: string, checked: boolean): void;
  /** False while saved progress is still loading: ticking then could be overwritten by the load. */
  ready?: boolean;
}

/** Native checkboxes with labels; `data-item-id` is part of the public contract. */
export function Checklist({ stepId, items, checked, onToggle, ready = true }: ChecklistProps) {
  if (items.length === 0) return <p class="muted">{i18n.t('checklist.empty')}</p>;
  return (
    <ul class="checklist" data-testid="checklist">
      {items.map((item) => {
        const inputId = `item-${stepId}-${item.id}`;
        return (
          <li key={item.id}>
            <input
              type="checkbox"
              id={inputId}
              data-item-id={item.id}
              checked={checked.has(item.id)}
              disabled={!ready}
              onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
            />
            <label for={inputId}>{item.label}</label>
          </li>
        );
      })}
    </ul>
  );
}
