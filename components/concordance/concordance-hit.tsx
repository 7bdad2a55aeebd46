import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { excerptPair, type MarkedSegment } from "@/lib/concordance/excerpt";
import type { ConcordanceHit } from "@/lib/services/concordance";

function Segments({ segments, cutBefore, cutAfter }: { segments: MarkedSegment[]; cutBefore: boolean; cutAfter: boolean }) {
  return (
    <p lang="pt" className="whitespace-pre-wrap leading-relaxed">
      {cutBefore ? "… " : null}
      {segments.map((s, i) => {
        const Tag = s.op === "insert" ? "ins" : s.op === "delete" ? "del" : "span";
        return (
          <Tag
            key={i}
            className={cn(
              s.op === "insert" && "bg-emerald-100 text-emerald-900 no-underline",
              s.op === "delete" && "bg-red-100 text-red-900 line-through",
              s.marked && "rounded-sm font-semibold ring-2 ring-amber-400",
            )}
          >
            {s.text}
          </Tag>
        );
      })}
      {cutAfter ? " …" : null}
    </p>
  );
}

/** One paragraph that holds the phrase: the machine text beside what the reviewers made of it. */
export async function ConcordanceHitCard({ hit }: { hit: ConcordanceHit }) {
  const t = await getTranslations("concordance");
  const format = await getFormatter();
  const pair = excerptPair(hit);
  const edited = hit.version > 1;
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="concordance-hit">
      <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <Link href={`/articles/${hit.articleId}`} className="font-medium text-accent hover:underline">
          {hit.articleTitle}
        </Link>
        <span className="text-xs text-stone-500">
          {t("paragraph", { n: hit.position + 1 })} · {hit.locale}
          {hit.archived ? ` · ${t("archived")}` : null}
          {" · "}
          {edited
            ? t("editedBy", { who: hit.updatedBy ?? t("someone"), when: format.dateTime(hit.updatedAt, { dateStyle: "medium" }) })
            : t("notEdited")}
        </span>
      </header>
      <div className="grid gap-3 text-sm md:grid-cols-2">
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("machine")}</h3>
          <Segments segments={pair.machine} cutBefore={pair.cutBefore} cutAfter={pair.cutAfter} />
        </div>
        <div>
          <h3 className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-stone-500">{t("current")}</h3>
          <Segments segments={pair.current} cutBefore={pair.cutBefore} cutAfter={pair.cutAfter} />
        </div>
      </div>
    </article>
  );
}
