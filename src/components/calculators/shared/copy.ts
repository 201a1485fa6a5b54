/** Copying to the clipboard, and what the copy buttons say afterwards (loaded on the first click). */

/** The copy buttons' messages (Japanese). */
export const COPY_MESSAGES = {
  blocked: "入力欄に誤りがあるため、コピーしませんでした。誤りを直してから、もう一度押してください。",
  link: {
    done: "この条件のリンクをコピーしました。",
    manual: "自動でコピーできませんでした。下のリンクを選択してコピーしてください。",
  },
  text: {
    done: "結果をテキストでコピーしました。チャットやメールに貼り付けられます。",
    manual: "自動でコピーできませんでした。下の枠の文章は選択済みです。コピーして使ってください。",
  },
  embed: {
    done: "埋め込みコードをコピーしました。",
    manual: "自動でコピーできませんでした。上の枠のコードを選択してコピーしてください。",
  },
} as const;

/** Copies text with the Clipboard API, or with a hidden textarea and execCommand; false when both fail. */
export async function copyText(text: string): Promise<boolean> {
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
