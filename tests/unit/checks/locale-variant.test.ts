import { describe } from "vitest";
import { localeVariant } from "@/lib/checks/locale-variant";
import { checkTable } from "./language-check-table";

describe("locale-variant", () => {
  checkTable(
    localeVariant,
    [
      { text: "A equipe cresceu.", span: "equipe", suggestion: "equipa" },
      { text: "As Equipes cresceram.", span: "Equipes", suggestion: "Equipas" },
      { text: "O registro dos usuários.", span: "usuários", suggestion: "utilizadores" },
      { text: "O crescimento econômico.", span: "econômico", suggestion: "económico" },
      { text: "A política econômica.", span: "econômica", suggestion: "económica" },
      { text: "A empresa registrou lucros.", span: "registrou", suggestion: "registou" },
      { text: "O mercado está esfriando.", span: "está esfriando", suggestion: "está a esfriar" },
      { text: "Todo mundo usa o banco de dados.", span: "banco de dados", suggestion: "base de dados" },
      { text: "De fato, subiu.", span: "De fato", suggestion: "De facto" },
      { text: "A equipa está a trabalhar.", span: "está a trabalhar", suggestion: "está trabalhando", locale: "pt-BR" },
      { text: "O registo dos utilizadores no ecrã.", span: "registo", suggestion: "registro", locale: "pt-BR" },
      { text: "O crescimento económico.", span: "económico", suggestion: "econômico", locale: "pt-BR" },
    ],
    [
      { text: "A equipa registou um crescimento económico; estão a trabalhar." },
      { text: "A equipe registrou crescimento econômico; estão trabalhando.", locale: "pt-BR" },
      { text: "A biologia celular e a aprendizagem automática.", locale: "pt-BR" },
      { text: "A empresa equipa os carros com sensores.", locale: "pt-BR" },
    ],
  );
});
