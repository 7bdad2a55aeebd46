import { getFormatter, getTranslations } from "next-intl/server";
import type { ThreadView } from "@/lib/services/comment-threads";
import { CommentBody } from "./comment-body";

/** The report page's listing of every thread, by paragraph, with its status and every comment. */
export async function ReportThreads({ threads }: { threads: ThreadView[] }) {
  const [t, format] = await Promise.all([getTranslations("comments"), getFormatter()]);
  const when = (date: Date) => format.dateTime(new Date(date), { dateStyle: "short", timeStyle: "short" });
  const open = threads.filter((th) => th.status === "open").length;
  return (
    <section aria-labelledby="report-comments" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 id="report-comments" className="font-serif text-xl font-semibold">{t("report.title")}</h2>
        {threads.length > 0 ? <span className="text-sm text-stone-600">{t("report.summary", { total: threads.length, open })}</span> : null}
      </div>
      {threads.length === 0 ? (
        <p className="text-sm text-stone-600">{t("report.none")}</p>
      ) : (
        <ol className="space-y-2">
          {threads.map((thread) => (
            <li key={thread.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm" data-thread-id={thread.id}>
              <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <span className="font-mono font-medium text-stone-800">{t("report.paragraph", { number: thread.paragraphPosition + 1 })}</span>
                <span>
                  {thread.anchor.kind === "paragraph" ? t("anchor.paragraph") : thread.anchor.kind === "span" ? t("anchor.span") : t("anchor.changed")}
                  {thread.anchor.kind !== "paragraph" ? <q className="ml-1 font-medium">{thread.anchor.quote}</q> : null}
                </span>
                <span className={thread.status === "resolved" ? "rounded bg-emerald-50 px-1.5 text-emerald-800" : "rounded bg-amber-100 px-1.5 text-amber-900"}>
                  {t(`status.${thread.status}`)}
                </span>
              </div>
              <ol className="space-y-1.5">
                {thread.comments.map((c) => (
                  <li key={c.id} className="border-l-2 border-stone-200 pl-2">
                    <span className="text-xs text-stone-500">
                      <span className="font-medium text-stone-800">{c.author?.name ?? t("formerUser")}</span> · {when(c.createdAt)}
                      {c.editedAt && !c.deletedAt ? ` ${t("edited")}` : ""}
                    </span>
                    {c.deletedAt ? <p className="italic text-stone-500">{t("deleted", { name: c.deletedBy?.name ?? t("someone") })}</p> : <CommentBody comment={c} />}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
