import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UI_LOCALES } from "@/lib/i18n/config";
import { readCatalogue } from "@/lib/i18n/load-messages";
import { issuesText, refusalText } from "@/lib/i18n/refusal-wording";
import { nameSchema } from "@/lib/validation/user";
import { wordSchema } from "@/lib/validation/word";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const lib = sources(path.join(ROOT, "lib")).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, "utf8") }));

/** A glossary file's row problems are keys of `glossary.file` (lib/glossary/wording.ts), not refusals. */
const ROW_PROBLEMS = (file: string) => file.startsWith("lib/glossary/");
/** A refused backup's reasons are keys of `backup` (lib/backup/wording.ts). */
const BACKUP = (file: string) => file.startsWith("lib/backup/");

const keysIn = (text: string) =>
  // A revision note's key is the history's, not a refusal.
  [...text.matchAll(/new ActionError\("(\w+)"/g), ...text.matchAll(/(?<!encodeRevisionNote\()\{ key: "(\w+)"/g)].map((m) => m[1]);

/** Keys named where a refusal is raised: `new ActionError("key"…)` and `{ key: "key" …}` refusal literals. */
const usedKeys = [...new Set(lib.filter(({ file }) => !ROW_PROBLEMS(file) && !BACKUP(file)).flatMap(({ text }) => keysIn(text)))];

/** Refusal and problem keys of a backup, and the schema's and the consistency checks' problem keys. */
const backupKeys = lib
  .filter(({ file }) => BACKUP(file))
  .flatMap(({ text }) => [...keysIn(text), ...[...text.matchAll(/\.refine\([^"]*"(\w+)"|problems\.push\("(\w+)"\)/g)].map((m) => m[1] ?? m[2])]);

const rowProblemKeys = [
  ...new Set([
    ...lib.filter(({ file }) => ROW_PROBLEMS(file)).flatMap(({ text }) => keysIn(text)),
    ...keysIn(readFileSync(path.join(ROOT, "app/api/glossary/import/route.ts"), "utf8")),
  ]),
];

describe("refusals", () => {
  it("are worded in every interface language for every key the code raises", () => {
    expect(usedKeys.length).toBeGreaterThan(30);
    for (const locale of UI_LOCALES) {
      const catalogue = readCatalogue(locale).refusals as Record<string, string>;
      expect(usedKeys.filter((key) => !(key in catalogue)), locale).toEqual([]);
    }
  });

  it("of a glossary file's rows are worded in every interface language", () => {
    expect(rowProblemKeys.length).toBeGreaterThan(15);
    for (const locale of UI_LOCALES) {
      const catalogue = (readCatalogue(locale).glossary as Record<string, Record<string, string>>).file;
      expect(rowProblemKeys.filter((key) => !(key in catalogue)), locale).toEqual([]);
    }
  });

  it("of a backup are worded in every interface language", () => {
    expect(backupKeys.length).toBeGreaterThan(15);
    for (const locale of UI_LOCALES) {
      const catalogue = readCatalogue(locale).backup as Record<string, Record<string, string>>;
      expect(backupKeys.filter((key) => !(key in catalogue.refusal) && !(key in catalogue.problem)), locale).toEqual([]);
    }
  });

  it("are never English sentences in a schema shared by forms and actions: the schema names a key", () => {
    const sentences = lib
      .filter(({ file }) => file.startsWith("lib/validation/"))
      .flatMap(({ file, text }) => [...text.matchAll(/(?:message|error):\s*"([A-Z][^"]*\s[^"]*)"|\.(?:min|max|refine|regex)\([^"]*"([A-Z][^"]*\s[^"]*)"/g)].map((m) => `${file}: ${m[1] ?? m[2]}`));
    expect(sentences).toEqual([]);
  });

  // The article details form and the concordance search word their schemas' keys in their own namespaces.
  const OWN_NAMESPACE = new Set(["lib/validation/article-metadata.ts", "lib/validation/concordance.ts"]);

  it("are keys of the catalogue wherever a schema names one", () => {
    const named = lib
      .filter(({ file }) => file.startsWith("lib/validation/") && !OWN_NAMESPACE.has(file))
      .flatMap(({ text }) => [...text.matchAll(/(?:message|error):\s*"([a-z]\w+)"|\.(?:min|max|refine|regex)\([^"()]*"([a-z]\w+)"\)|\{ key: "([a-z]\w+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    expect(named.length).toBeGreaterThan(10);
    const catalogue = readCatalogue("pt-PT").refusals as Record<string, string>;
    expect(named.filter((key) => !(key in catalogue))).toEqual([]);
  });

  it("name the limit a field broke, in the request's language", () => {
    const issues = nameSchema.safeParse("n".repeat(121)).error?.issues ?? [];
    expect(issuesText("pt-PT", issues)).toBe("Um nome tem no máximo 120 caracteres.");
    expect(issuesText("en", issues)).toBe("Names are at most 120 characters.");
    expect(issuesText("pt-BR", wordSchema.safeParse("-cripto").error?.issues ?? [])).toBe("Um hífen ou um apóstrofo fica entre duas letras.");
  });

  it("word zod's own issues by their code, and keep a sentence written at the rule", () => {
    const issues = z.object({ a: z.string().max(3), b: z.string().refine(() => false, "Escrito à mão.") }).safeParse({ a: "abcd", b: "" }).error?.issues ?? [];
    expect(issuesText("pt-PT", issues)).toBe("O texto tem no máximo 3 caracteres. Escrito à mão.");
    expect(refusalText("pt-PT", { key: "tooManyAttempts", values: { count: 2, unit: "minutes" } })).toBe("Demasiadas tentativas falhadas. Tente de novo daqui a 2 minutos.");
  });
});
