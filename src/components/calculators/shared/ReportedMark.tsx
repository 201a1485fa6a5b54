/** The 「非公式」 mark for figures from user reports, for use inside React islands (same look as Reported.astro). */
export function ReportedMark() {
  return (
    <span className="badge-reported" title="楽天の公表値ではなく、利用者の実測や報告にもとづく数字です">
      非公式
    </span>
  );
}
