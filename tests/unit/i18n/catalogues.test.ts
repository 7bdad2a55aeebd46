import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_UI_LOCALE, UI_LOCALES } from "@/lib/i18n/config";
import { MESSAGES_DIR, readCatalogue, type Catalogue } from "@/lib/i18n/load-messages";

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text);
  }
  return flat;
}

/** Argument names with their kind (plain, plural, select, tag…), the part a translation must keep. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

const catalogues = Object.fromEntries(UI_LOCALES.map((locale) => [locale, readCatalogue(locale)]));
const flat = Object.fromEntries(
  UI_LOCALES.map((locale) => [
    locale,
    new Map(Object.entries(catalogues[locale]).flatMap(([ns, catalogue]) => [...flatten(catalogue, ns)])),
  ]),
);

describe("interface catalogues", () => {
  it("has a folder per locale and no stray ones", () => {
    const folders = fs.readdirSync(MESSAGES_DIR).filter((name) => fs.statSync(path.join(MESSAGES_DIR, name)).isDirectory());
    expect(folders.sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(UI_LOCALES.filter((locale) => locale !== DEFAULT_UI_LOCALE))("%s has the same namespaces and keys as the default", (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(Object.keys(catalogues[DEFAULT_UI_LOCALE]).sort());
    const missing = [...flat[DEFAULT_UI_LOCALE].keys()].filter((key) => !flat[locale].has(key));
    const extra = [...flat[locale].keys()].filter((key) => !flat[DEFAULT_UI_LOCALE].has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(UI_LOCALES)("%s: every message is non-empty ICU that parses", (locale) => {
    const broken: string[] = [];
    for (const [key, text] of flat[locale]) {
      if (!text.trim()) broken.push(`${key}: empty`);
      else {
        try {
          parse(text);
        } catch (error) {
          broken.push(`${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(UI_LOCALES.filter((locale) => locale !== DEFAULT_UI_LOCALE))("%s keeps every placeholder of the default", (locale) => {
    const differing: string[] = [];
    for (const [key, text] of flat[DEFAULT_UI_LOCALE]) {
      const other = flat[locale].get(key);
      if (other === undefined) continue;
      const expected = [...argumentsOf(parse(text))].sort().join(", ");
      const actual = [...argumentsOf(parse(other))].sort().join(", ");
      if (expected !== actual) differing.push(`${key}: ${DEFAULT_UI_LOCALE} {${expected}} but ${locale} {${actual}}`);
    }
    expect(differing).toEqual([]);
  });
});
