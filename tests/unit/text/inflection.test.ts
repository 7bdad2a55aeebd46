import { describe, expect, it } from "vitest";
import { agreeWith, genderedKeys, nominalKey, numberKey, numberLike, pluralize } from "@/lib/text/inflection";

describe("nominalKey", () => {
  it.each([
    ["necessidade", "necessidades"],
    ["justo", "justas"],
    ["ilusão", "ilusões"],
    ["possível", "possíveis"],
    ["jogador", "jogadores"],
    ["homem", "homens"],
    ["Círculo", "círculos"],
    ["doméstico", "domésticas"],
  ])("gives %s and %s the same key", (a, b) => {
    expect(nominalKey(a)).toBe(nominalKey(b));
  });

  it("keeps different words apart", () => {
    expect(nominalKey("justo")).not.toBe(nominalKey("junto"));
    expect(nominalKey("pista")).not.toBe(nominalKey("piso"));
  });
});

describe("nominalKey on singular words in -s", () => {
  it("keeps \"país\" apart from \"pai\" and \"mais\" apart from \"mal\", and still joins a plural to its singular", () => {
    expect(nominalKey("país")).not.toBe(nominalKey("pai"));
    expect(nominalKey("mais")).not.toBe(nominalKey("mal"));
    expect(nominalKey("pois")).not.toBe(nominalKey("pol"));
    expect(nominalKey("países")).toBe(nominalKey("país"));
    expect(nominalKey("meses")).toBe(nominalKey("mês"));
  });
});

describe("pluralize and agreement", () => {
  it.each([
    ["equipa", "equipas"],
    ["registo", "registos"],
    ["camião", "camiões"],
    ["aluguel", "aluguéis"],
    ["mês", "meses"],
    ["ônibus", "ônibus"],
    ["casa de banho", "casas de banho"],
    ["líder", "líderes"],
  ])("%s → %s", (singular, plural) => {
    expect(pluralize(singular)).toBe(plural);
  });

  it("follows the model's number and gender", () => {
    expect(numberLike("segmento", "pistas")).toBe("segmentos");
    expect(agreeWith("próprio", "operações")).toBe("próprias");
    expect(agreeWith("próprio", "dados")).toBe("próprios");
    expect(agreeWith("nacional", "equipa")).toBe("nacional");
  });
});

describe("numberKey and genderedKeys", () => {
  it("fold number but not gender, so one noun does not become another", () => {
    expect(numberKey("revistas")).toBe(numberKey("revista"));
    expect(numberKey("revisto")).not.toBe(numberKey("revista"));
    expect(numberKey("caso")).not.toBe(numberKey("casa"));
  });
  it("give an adjective or an agent noun both genders", () => {
    expect(genderedKeys(numberKey("económico"))).toContain(numberKey("económica"));
    expect(genderedKeys(numberKey("investidor"))).toContain(numberKey("investidoras"));
    expect(genderedKeys(numberKey("chinês"))).toContain(numberKey("chinesa"));
    expect(genderedKeys(numberKey("casa"))).toEqual([numberKey("casa")]);
  });
});
