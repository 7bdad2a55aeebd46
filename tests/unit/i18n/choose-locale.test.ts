import { describe, expect, it } from "vitest";
import { chooseUiLocale } from "@/lib/i18n/choose-locale";

describe("chooseUiLocale", () => {
  it.each([
    [{}, "pt-PT"],
    [{ acceptLanguage: "pt-BR,pt;q=0.9,en;q=0.8" }, "pt-BR"],
    [{ acceptLanguage: "pt" }, "pt-PT"],
    [{ acceptLanguage: "pt-AO" }, "pt-PT"],
    [{ acceptLanguage: "en-US,en;q=0.9" }, "en"],
    [{ acceptLanguage: "de-DE,en;q=0.5" }, "en"],
    [{ acceptLanguage: "fr-FR,de;q=0.9" }, "pt-PT"],
    [{ acceptLanguage: "en;q=0.3,pt-BR;q=0.8" }, "pt-BR"],
    [{ cookie: "en", acceptLanguage: "pt-BR" }, "en"],
    [{ cookie: "klingon", acceptLanguage: "pt-BR" }, "pt-BR"],
    [{ userLocale: "pt-BR", cookie: "en" }, "pt-BR"],
    [{ userLocale: null, cookie: "en" }, "en"],
  ] as const)("%j → %s", (sources, expected) => {
    expect(chooseUiLocale(sources)).toBe(expected);
  });
});
