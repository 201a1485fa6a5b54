/** The 「埋め込みコード」 panel (loaded on demand): the snippet for the current conditions, with a copy button. */
import { useId, useState } from "react";
import { copyText, COPY_MESSAGES } from "./copy";
import { embedSnippet, type EmbedSpec } from "./embed-snippet";
import { ACTION_LABELS } from "./labels";

export function EmbedCode({ spec, blocked }: { spec: EmbedSpec; blocked: boolean }) {
  const id = useId();
  const [message, setMessage] = useState("");
  const snippet = embedSnippet(spec.url(), spec.title, spec.height);
  return (
    <div className="calc-embed-code">
      <label htmlFor={`${id}-code`}>埋め込みコード(いまの条件で開きます)</label>
      <textarea
        id={`${id}-code`}
        readOnly
        rows={6}
        value={snippet}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={`${id}-hint`} className="calc-hint">
        ブログや社内ページのHTMLに貼り付けると、この計算ツールがサイトの枠なしで表示されます。枠の高さは、下の
        script が計算ツールから届く高さ(postMessage)に合わせて変えます。script を貼れない場所では、iframe の
        height の値のまま表示されます。
      </p>
      <button
        type="button"
        className="calc-button"
        onClick={async () => {
          if (blocked) return setMessage(COPY_MESSAGES.blocked);
          setMessage(COPY_MESSAGES.embed[(await copyText(snippet)) ? "done" : "manual"]);
        }}
      >
        {ACTION_LABELS.embedCopy}
      </button>
      <span className="calc-hint" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
