import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleEventView } from "@/lib/data/article-events";
import { articleStatusSchema } from "@/lib/domain/article-status";

/** The article's history, newest first: who changed what, when, from what to what. */
export async function ArticleHistory({ events }: { events: ArticleEventView[] }) {
  const [t, ts, format] = await Promise.all([getTranslations("articles.details"), getTranslations("articles.status"), getFormatter()]);
  if (events.length === 0) return <p className="text-sm text-stone-600">{t("noHistory")}</p>;
  const status = (value: string | null) => {
    const parsed = articleStatusSchema.safeParse(value);
    return parsed.success ? ts(parsed.data) : (value ?? "");
  };
  const field = (name: string | null) => (name && t.has(`fields.${name}`) ? t(`fields.${name}` as "fields.title") : (name ?? ""));
  const shown = (value: string | null) => value || t("empty");
  return (
    <ol className="space-y-2 text-sm" aria-label={t("history")}>
      {events.map((e) => {
        const who = e.userName ?? t("someone");
        const text =
          e.kind === "status"
            ? t("event.status", { who, from: status(e.oldValue), to: status(e.newValue) })
            : e.kind === "metadata"
              ? t("event.metadata", { who, field: field(e.field), from: shown(e.oldValue), to: shown(e.newValue) })
              : e.kind === "assign"
                ? t("event.assign", { who, name: e.newValue ?? "" })
                : e.kind === "unassign"
                  ? t("event.unassign", { who, name: e.oldValue ?? "" })
                  : t(`event.${e.kind}`, { who });
        return (
          <li key={e.id} className="border-l-2 border-stone-200 pl-3" data-event={e.kind}>
            <span className="block">{text}</span>
            <time dateTime={e.createdAt.toISOString()} className="text-xs text-stone-500">
              {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
