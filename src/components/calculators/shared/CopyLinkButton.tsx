/** Copies the current page URL (with the calculator's state) and confirms politely; falls back to a selectable field. */
import { useId, useState } from "react";

/** Copies text with the Clipboard API, or with a hidden textarea and execCommand where that is unavailable. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let done: boolean;
  try {
    done = document.execCommand("copy");
  } catch {
    done = false;
  }
  area.remove();
  return done;
}

/** Button + live message. `getUrl` is called at click time so the copied link is always current. */
export function CopyLinkButton({ getUrl }: { getUrl: () => string }) {
  const id = useId();
  const [message, setMessage] = useState("");
  const [manual, setManual] = useState<string | undefined>();
  return (
    <div className="calc-copy">
      <button
        type="button"
        className="calc-button"
        aria-describedby={`${id}-msg`}
        onClick={async () => {
          const url = getUrl();
          if (await copyText(url)) {
            setManual(undefined);
            setMessage("この条件のリンクをコピーしました。");
          } else {
            setManual(url);
            setMessage("自動でコピーできませんでした。下のリンクを選択してコピーしてください。");
          }
        }}
      >
        この条件のリンクをコピー
      </button>
      <span id={`${id}-msg`} className="calc-hint" aria-live="polite">
        {message}
      </span>
      {manual && (
        <input
          className="calc-manual-link"
          aria-label="共有用リンク"
          readOnly
          value={manual}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
