/** The end of every calculator: its actions, with the embed code on tool pages, and the full tool's link on embed pages. */
import { CalcActions } from "./CalcActions";
import { ToolLink } from "./ToolLink";

/** What the footer needs from useCalculator. */
interface CalcLinks {
  stale: boolean;
  canShare: boolean;
  shareUrl: (base?: string) => string;
  embedUrl?: (() => string) | undefined;
  toolLink?: string | undefined;
  reset: () => void;
}

interface Props {
  calc: CalcLinks;
  getText: () => Promise<string>;
  /** The embed snippet's frame: its title and the height it starts at. */
  embed: { title: string; height: number };
  /** On an embed page: link to the full tool with the same values. */
  embedded?: boolean | undefined;
}

export function CalcFooter({ calc, getText, embed, embedded }: Props) {
  return (
    <>
      <CalcActions
        blocked={calc.stale}
        {...(calc.canShare ? { shareUrl: () => calc.shareUrl() } : {})}
        getText={getText}
        {...(calc.embedUrl ? { embed: { url: calc.embedUrl, ...embed } } : {})}
        onReset={calc.reset}
      />
      {embedded && calc.toolLink && <ToolLink href={calc.toolLink} />}
    </>
  );
}
