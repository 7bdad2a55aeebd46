import { getTranslations } from "next-intl/server";
import { ConcordanceForm } from "@/components/concordance/concordance-form";
import { ConcordanceResults } from "@/components/concordance/concordance-results";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/data/db";
import { lookUpPhrase } from "@/lib/services/concordance";
import { CONCORDANCE_MAX_WORDS, CONCORDANCE_QUERY_MAX, concordanceQuerySchema } from "@/lib/validation/concordance";

const REFUSALS = ["queryEmpty", "queryTooLong", "queryTooManyWords"] as const;

function refusal(message: string | undefined): (typeof REFUSALS)[number] {
  return REFUSALS.find((key) => key === message) ?? "queryEmpty";
}

export async function generateMetadata() {
  const t = await getTranslations("concordance");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConcordancePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser();
  const t = await getTranslations("concordance");
  const params = await searchParams;
  const asked = params.q !== undefined && params.q !== "";
  const parsed = asked ? concordanceQuerySchema.safeParse(params) : null;
  const result = parsed?.success ? await lookUpPhrase(await getDb(), parsed.data) : null;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="font-serif text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-stone-600">{t("intro")}</p>
      </div>
      <ConcordanceForm q={typeof params.q === "string" ? params.q : ""} scope={parsed?.success ? parsed.data.scope : "both"} locale={parsed?.success ? parsed.data.locale : undefined} exclude={parsed?.success ? parsed.data.exclude : undefined} />
      {parsed && !parsed.success ? <Alert>{t(refusal(parsed.error.issues[0]?.message), { max: CONCORDANCE_QUERY_MAX, words: CONCORDANCE_MAX_WORDS })}</Alert> : null}
      {result && parsed?.success ? <ConcordanceResults result={result} query={parsed.data} /> : null}
    </div>
  );
}
