import { annotatedTextSchema, fromAnnotation, plainText, type AnnotatedText } from "./annotated-text";
import { parseLanguage, type RequestedLanguage } from "./languages";

/** Longer than any article paragraph a client sends while someone writes; a whole article fits too. */
export const MAX_CHECK_CHARACTERS = 100_000;

export interface CheckRequest {
  document: AnnotatedText;
  language: RequestedLanguage;
  /** Rule ids (LanguageTool's `disabledRules`) or check ids, upper- or lower-case. */
  disabledRules: Set<string>;
  enabledRules: Set<string>;
  enabledOnly: boolean;
  disabledCategories: Set<string>;
  /** The token, when a client sends it as LanguageTool's `apiKey` field rather than a bearer header. */
  apiKey: string | null;
}

const list = (value: string | null) => new Set((value ?? "").split(",").map((v) => v.trim().toUpperCase()).filter(Boolean));

/** LanguageTool's form fields, with its error texts' plainness: one sentence saying what to send. */
export function parseCheckRequest(form: URLSearchParams): CheckRequest | { error: string } {
  const text = form.get("text");
  const data = form.get("data");
  if (text === null && data === null) return { error: "Missing 'text' or 'data' parameter." };
  if (text !== null && data !== null) return { error: "Send either 'text' or 'data', not both." };
  let document: AnnotatedText;
  if (text !== null) document = plainText(text.normalize("NFC"));
  else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data!);
    } catch {
      return { error: "'data' is not JSON: send {\"annotation\":[{\"text\":\"…\"},{\"markup\":\"<b>\"}]}." };
    }
    const annotation = annotatedTextSchema.safeParse(parsed);
    if (!annotation.success) return { error: "'data' must be {\"annotation\":[…]} whose items are {\"text\":…} or {\"markup\":…, \"interpretAs\"?:…}." };
    document = fromAnnotation(annotation.data.annotation.map((p) => ("text" in p ? { text: p.text.normalize("NFC") } : p)));
  }
  if (document.plain.length > MAX_CHECK_CHARACTERS) return { error: `The text is longer than ${MAX_CHECK_CHARACTERS} characters; send it in parts.` };
  const language = form.get("language");
  if (language === null) return { error: "Missing 'language' parameter (pt-PT, pt-BR, pt or auto)." };
  const requested = parseLanguage(language, form.get("preferredVariants"));
  if ("error" in requested) return requested;
  const enabledOnly = form.get("enabledOnly") === "true";
  const enabledRules = list(form.get("enabledRules"));
  if (enabledOnly && enabledRules.size === 0) return { error: "enabledOnly=true needs enabledRules." };
  return {
    document,
    language: requested,
    disabledRules: list(form.get("disabledRules")),
    enabledRules,
    enabledOnly,
    disabledCategories: list(form.get("disabledCategories")),
    apiKey: form.get("apiKey"),
  };
}
