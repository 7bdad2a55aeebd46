import { useTranslations } from "next-intl";
import { wordDiff } from "@/lib/diff/word-diff";
import { DiffSpan } from "./inline-diff";
import { sideBySide } from "@/lib/diff/side-by-side";

export function SideBySideDiff({ before, after, lang }: { before: string; after: string; lang?: string }) {
  const t = useTranslations("workspace.diff");
  const rows = sideBySide(wordDiff(before, after));
  return (
    <div className="grid grid-cols-2 gap-3 text-sm" data-testid="side-by-side-diff">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("machine")}</h3>
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("current")}</h3>
      {rows.map((row, i) => (
        <div key={i} className="contents">
          <p lang={lang} className="whitespace-pre-wrap leading-relaxed">
            {row.left.map((part, j) => <DiffSpan key={j} part={part} />)}
          </p>
          <p lang={lang} className="whitespace-pre-wrap leading-relaxed">
            {row.right.map((part, j) => <DiffSpan key={j} part={part} />)}
          </p>
        </div>
      ))}
    </div>
  );
}
