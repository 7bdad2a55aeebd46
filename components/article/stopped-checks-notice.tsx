import { getTranslations } from "next-intl/server";
import type { StoppedCheckView } from "@/lib/services/review-flags";

/** Says which checks ran out of their budget, and where, so a missing flag is never mistaken for a clean text. */
export async function StoppedChecksNotice({ stopped, checkTitles }: { stopped: StoppedCheckView[]; checkTitles: Record<string, string> }) {
  if (stopped.length === 0) return null;
  const t = await getTranslations("flagging");
  return (
    <section role="status" data-testid="stopped-checks" className="mx-auto my-3 max-w-5xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <h2 className="font-medium">{t("stopped.title")}</h2>
      <ul className="mt-1 list-disc pl-5">
        {stopped.map((s) => (
          <li key={`${s.check}-${s.paragraphId}`}>
            {t("stopped.check", { check: checkTitles[s.check] ?? s.check, ms: Math.round(s.ms), paragraph: s.paragraphNumber, reason: t(`stopped.${s.reason}`) })}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-amber-900">{t("stopped.hint")}</p>
    </section>
  );
}
