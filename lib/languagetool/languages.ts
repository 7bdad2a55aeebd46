import type { Locale } from "@/lib/domain";

/** What `GET /v2/languages` lists, in LanguageTool's shape. */
export const API_LANGUAGES = [
  { name: "Portuguese (Portugal)", code: "pt", longCode: "pt-PT" },
  { name: "Portuguese (Brazil)", code: "pt", longCode: "pt-BR" },
] as const;

export function languageName(locale: Locale): string {
  return API_LANGUAGES.find((l) => l.longCode === locale)!.name;
}

/** A fixed variety, or "detect" for `auto` and the bare `pt` (LanguageTool's clients send either). */
export type RequestedLanguage = { locale: Locale } | { detect: readonly Locale[] };

export function parseLanguage(value: string, preferredVariants: string | null): RequestedLanguage | { error: string } {
  const code = value.trim().toLowerCase();
  if (code === "pt-pt") return { locale: "pt-PT" };
  if (code === "pt-br") return { locale: "pt-BR" };
  if (code === "auto" || code === "pt") {
    // A client that prefers one variety has said which; detection then only has to confirm Portuguese.
    const preferred = (preferredVariants ?? "").split(",").map((v) => v.trim().toLowerCase());
    if (preferred.includes("pt-pt") && !preferred.includes("pt-br")) return { locale: "pt-PT" };
    if (preferred.includes("pt-br") && !preferred.includes("pt-pt")) return { locale: "pt-BR" };
    return { detect: ["pt-PT", "pt-BR"] };
  }
  return { error: `Lapidar checks Portuguese only: language must be pt-PT, pt-BR, pt or auto (got '${value.slice(0, 20)}').` };
}
