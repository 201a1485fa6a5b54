/**
 * A copy button with its live message: 「この条件のリンクをコピー」 or 「結果をテキストでコピー」. The clipboard code and
 * the messages load on the first click. Refuses while a field is invalid; when the clipboard is missing or refused,
 * shows what it would have copied, selected, in a field.
 */
import { useEffect, useId, useRef, useState } from "react";
import { ACTION_LABELS } from "./labels";

interface Props {
  kind: "link" | "text";
  /** What to copy, built at click time so it is always current. */
  get: () => string | Promise<string>;
  /** True while a field holds unreadable text: the copy would carry stale values. */
  blocked?: boolean;
}

export function CopyButton({ kind, get, blocked = false }: Props) {
  const id = useId();
  const [message, setMessage] = useState("");
  const [manual, setManual] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    if (manual === undefined) return;
    field.current?.focus();
    field.current?.select();
  }, [manual]);
  return (
    <div className="calc-copy">
      <button
        type="button"
        className="calc-button"
        aria-describedby={`${id}-msg`}
        onClick={async () => {
          const { copyText, COPY_MESSAGES: M } = await import("./copy");
          setManual(undefined);
          if (blocked) return setMessage(M.blocked);
          const text = await get();
          if (await copyText(text)) setMessage(M[kind].done);
          else {
            setManual(text);
            setMessage(M[kind].manual);
          }
        }}
      >
        {ACTION_LABELS[kind]}
      </button>
      <span id={`${id}-msg`} className="calc-hint" aria-live="polite">
        {message}
      </span>
      {manual !== undefined &&
        (kind === "link" ? (
          <input ref={field} className="calc-manual-link" aria-label="共有用リンク" readOnly value={manual} />
        ) : (
          <textarea
            ref={field}
            className="calc-manual-text"
            aria-label="コピーする文章"
            readOnly
            rows={Math.min(16, manual.split("\n").length + 1)}
            value={manual}
          />
        ))}
    </div>
  );
}
