import type { GuidanceBlock } from '@/utils/steps/schema';

const LABELS: Record<GuidanceBlock['kind'], string | null> = {
  text: null,
  tip: 'Tip',
  warning: 'Important',
  next: 'What happens next',
};

/** Guidance is rendered as text nodes only: content can never inject markup. */
export function Guidance({ blocks }: { blocks: readonly GuidanceBlock[] }) {
  return (
    <div class="guidance" data-testid="guidance">
      {blocks.map((block, i) => {
        const label = LABELS[block.kind];
        return (
          <p key={i} class={`block block-${block.kind}`}>
            {label && <strong>{label}: </strong>}
            {block.text}
          </p>
        );
      })}
    </div>
  );
}
