import { beforeAll, describe, expect, it } from "vitest";
import { loadFlagger, type Flagger } from "@/lib/checks";

let flagger: Flagger;

beforeAll(async () => {
  flagger = await loadFlagger({ locales: ["pt-PT"] });
});

const paragraphs = ["O desenbarque foi rápido.", "Depois do desenbarque, a equipa saiu com um previlégio.", "O último desenbarque correu bem."].map((text) => ({ kind: "body" as const, text }));

const spellingOf = (acceptedWords?: string[]) =>
  flagger.flagArticle({ locale: "pt-PT", paragraphs, acceptedWords }).map((flags) => flags.filter((f) => f.check === "spelling").map((f) => f.text));

describe("accepted words", () => {
  it("drop the spelling flags of the word in every paragraph, and only of that word", () => {
    expect(spellingOf()).toEqual([["desenbarque"], ["desenbarque", "previlégio"], ["desenbarque"]]);
    expect(spellingOf(["desenbarque"])).toEqual([[], ["previlégio"], []]);
  });

  it("match whatever the case the list gives", () => {
    expect(spellingOf(["DESENBARQUE", "Previlégio"])).toEqual([[], [], []]);
  });
});
