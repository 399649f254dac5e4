import { i18n } from '#i18n';
import type { GuidanceBlock } from '@/utils/steps/schema';
import { Cites } from './Citations';

// Functions, not strings: messages are read when rendering, not when the module loads.
const LABELS: Record<GuidanceBlock['kind'], (() => string) | null> = {
  text: null,
  tip: () => i18n.t('guidance.tip'),
  warning: () => i18n.t('guidance.warning'),
  next: () => i18n.t('guidance.next'),
};

/** Guidance is rendered as text nodes only: content can never inject markup. Each block shows its sources. */
export function Guidance({ blocks }: { blocks: readonly GuidanceBlock[] }) {
  return (
    <div class="guidance" data-testid="guidance">
      {blocks.map((block, i) => {
        const label = LABELS[block.kind]?.();
        return (
          <div key={i} class={`block block-${block.kind}`} data-claim="guidance">
            {label && <strong>{label}</strong>}
            {block.text}
            <Cites cites={block.cite} />
          </div>
        );
      })}
    </div>
  );
}
