import { ACTION_LABELS } from "./labels";

/** A button that puts every input back to its default. */
export function ResetButton({ onReset }: { onReset: () => void }) {
  return (
    <button type="button" className="calc-button" onClick={onReset}>
      {ACTION_LABELS.reset}
    </button>
  );
}
