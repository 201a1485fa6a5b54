/**
 * The buttons under every calculator: copy the link, copy the result as text, the embed code (tool pages only),
 * reset. Copying is refused while a field is invalid; the text builder and the embed panel load on demand.
 */
import { lazy, Suspense, useState } from "react";
import { CopyButton } from "./CopyButton";
import type { EmbedSpec } from "./embed-snippet";
import { ACTION_LABELS } from "./labels";
import { ResetButton } from "./ResetButton";

const EmbedCode = lazy(() => import("./EmbedCode").then((m) => ({ default: m.EmbedCode })));

interface Props {
  /** True while a field holds unreadable text. */
  blocked: boolean;
  /** The link of the current state, or undefined where links are not offered. */
  shareUrl?: () => string;
  /** The result as plain Japanese text (inputs, outputs as shown, assumptions, date, link). */
  getText: () => Promise<string>;
  /** The embed page of this calculator (tool pages only). */
  embed?: EmbedSpec;
  onReset: () => void;
}

export function CalcActions({ blocked, shareUrl, getText, embed, onReset }: Props) {
  const [embedOpen, setEmbedOpen] = useState(false);
  return (
    <div className="calc-actions calc-no-print">
      {shareUrl && <CopyButton kind="link" get={shareUrl} blocked={blocked} />}
      <CopyButton kind="text" get={getText} blocked={blocked} />
      {embed && (
        <button
          type="button"
          className="calc-button"
          aria-expanded={embedOpen}
          onClick={() => setEmbedOpen((o) => !o)}
        >
          {ACTION_LABELS.embed}
        </button>
      )}
      <ResetButton onReset={onReset} />
      {embed && embedOpen && (
        <Suspense fallback={<p className="calc-hint">埋め込みコードを準備しています。</p>}>
          <EmbedCode spec={embed} blocked={blocked} />
        </Suspense>
      )}
    </div>
  );
}
