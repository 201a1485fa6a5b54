/** On an embed page: the link to the full tool page with the same parameters (opens outside the frame). */
export function ToolLink({ href }: { href: string }) {
  return (
    <p className="calc-tool-link">
      <a href={href} target="_blank" rel="noopener">
        この条件を計算ツールのページで開く(新しいタブ)
      </a>
    </p>
  );
}
