import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks";
import { DEFAULT_UI_LOCALE } from "@/lib/i18n/config";
import { checkTitleKey, flagMessageKey } from "@/lib/i18n/flag-message";
import { readCatalogue } from "@/lib/i18n/load-messages";

const messages = readCatalogue(DEFAULT_UI_LOCALE);
interface LooseTranslator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
  raw(key: string): unknown;
}
const translator = (locale: "pt-PT" | "pt-BR" | "en") =>
  createTranslator({ locale, messages: readCatalogue(locale), namespace: "checks" }) as unknown as LooseTranslator;
const t = translator(DEFAULT_UI_LOCALE);

const placeholders = (template: string) =>
  parse(template)
    .filter((element) => element.type === TYPE.argument)
    .map((element) => (element as { value: string }).value)
    .sort();
const templatePlaceholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the checks catalogue", () => {
  it("titles every registered check and holds every message a check can raise", () => {
    const missing = CHECKS.flatMap((check) => [
      ...(t.has(checkTitleKey(check.id)) ? [] : [checkTitleKey(check.id)]),
      ...Object.keys(check.messages)
        .map((messageId) => flagMessageKey({ check: check.id, messageId }))
        .filter((key) => !t.has(key)),
    ]);
    expect(missing).toEqual([]);
  });

  it("lists no check or message the registry does not have", () => {
    const known = new Set(CHECKS.flatMap((check) => [`${check.id}.title`, ...Object.keys(check.messages).map((id) => flagMessageKey({ check: check.id, messageId: id }))]));
    const listed = Object.entries(messages.checks).flatMap(([id, entry]) => [
      `${id}.title`,
      ...Object.keys((entry as { messages: Record<string, string> }).messages).map((messageId) => flagMessageKey({ check: id, messageId })),
    ]);
    expect(listed.filter((key) => !known.has(key))).toEqual([]);
  });

  it("uses exactly the placeholders the check fills in", () => {
    const differing = CHECKS.flatMap((check) =>
      Object.entries(check.messages)
        .map(([messageId, template]) => ({ key: flagMessageKey({ check: check.id, messageId }), template }))
        .filter(({ key }) => t.has(key))
        .filter(({ key, template }) => placeholders(t.raw(key) as string).join() !== templatePlaceholders(template).join())
        .map(({ key }) => key),
    );
    expect(differing).toEqual([]);
  });

  it("renders a flag's message with its arguments in each interface language", () => {
    const flag = { check: "typo-repeated-word", messageId: "repeated", args: { word: "de" } };
    const render = (locale: "pt-PT" | "pt-BR" | "en") => translator(locale)(flagMessageKey(flag), flag.args);
    expect(render("pt-PT")).toBe("Palavra repetida: «de».");
    expect(render("en")).toBe("Repeated word: “de”.");
  });
});
