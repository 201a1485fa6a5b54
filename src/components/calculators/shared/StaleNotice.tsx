/** The warning that results and links are not current while a field is invalid (an alert, so it is announced). */
export function StaleNotice({ stale }: { stale: boolean }) {
  return (
    <div role="alert" className="calc-stale-notice">
      {stale && (
        <p>
          入力欄に誤りがあります。下の結果と共有リンクは、最後に正しく入力した条件のままで最新ではありません。誤りを直すと更新されます。
        </p>
      )}
    </div>
  );
}
