import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkAllReadButton } from "@/components/comments/mark-all-read-button";
import { requirePageUser } from "@/lib/auth/session";
import { listUserMentions } from "@/lib/data/comment-mentions";
import { getDb } from "@/lib/data/db";

export async function generateMetadata() {
  return { title: (await getTranslations("comments"))("mentionsPage.title") };
}

/** The comments that name the signed-in user, each linking to its thread in the article. */
export default async function MentionsPage() {
  const user = await requirePageUser();
  const [mentions, t, format] = await Promise.all([listUserMentions({ db: await getDb(), userId: user.id }), getTranslations("comments"), getFormatter()]);
  const unread = mentions.filter((m) => m.readAt === null).length;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3 border-b border-stone-200 pb-3">
        <div>
          <h1 className="font-serif text-2xl font-semibold">{t("mentionsPage.title")}</h1>
          <p className="text-sm text-stone-600">{t("mentionsPage.intro")}</p>
        </div>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </header>
      {mentions.length === 0 ? <p className="text-stone-600">{t("mentionsPage.empty")}</p> : null}
      <ol className="space-y-2">
        {mentions.map((m) => (
          <li key={m.commentId} className={m.readAt ? "rounded-lg border border-stone-200 bg-white p-3" : "rounded-lg border border-amber-300 bg-amber-50 p-3"}>
            <div className="flex flex-wrap items-baseline gap-2 text-xs text-stone-600">
              <span className="font-medium text-stone-800">{t("mentionsPage.where", { title: m.articleTitle, number: m.paragraphPosition + 1 })}</span>
              <span>{t("mentionsPage.by", { name: m.author ?? t("formerUser"), when: format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" }) })}</span>
              {m.readAt ? null : <span className="rounded bg-amber-200 px-1.5 font-medium text-amber-950">{t("mentionsPage.unread")}</span>}
            </div>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm">{m.body}</p>
            <Link href={`/articles/${m.articleId}?thread=${m.threadId}`} className="mt-1 inline-block text-sm text-accent hover:underline">
              {t("mentionsPage.open")}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
