import { describe } from "vitest";
import { numbersCurrency } from "@/lib/checks/numbers-currency";
import { checkTable } from "./language-check-table";

describe("numbers-currency", () => {
  checkTable(
    numbersCurrency,
    [
      { text: "Dívida de US$ 366,924 milhões em Renminbi.", span: "US$ 366,924 milhões em Renminbi", suggestion: "366,924 milhões de yuans" },
      { text: "Custou US$ 5 milhões de dólares.", span: "US$ 5 milhões de dólares", suggestion: "5 milhões de dólares" },
      { text: "A receita foi de 100 milhões milhões de yuans.", span: "milhões milhões", suggestion: "milhões" },
      { text: "Chegou a 1 bilhão 10 mil de utilizadores.", span: "bilhão 10 mil", suggestion: "bilhão e 10 mil", locale: "pt-BR" },
      { text: "Subiu 1.2 milhões de euros e 3.5% ao ano.", span: "1.2", suggestion: "1,2" },
      { text: "Subiu 1.2 milhões de euros e 3.5% ao ano.", span: "3.5", suggestion: "3,5" },
      { text: "Vendeu 1,200,000 unidades.", span: "1,200,000", suggestion: "1 200 000" },
      { text: "Vendeu 1,200,000 unidades.", span: "1,200,000", suggestion: "1.200.000", locale: "pt-BR" },
      { text: "Totalizou 2,065 bilhões de yuans.", span: "2,065 bilhões", suggestion: "2,065 mil milhões" },
      { text: "A avaliação passou 1 bilhão.", span: "1 bilhão", suggestion: "mil milhões" },
      { text: "A dívida é de 3 trilhões.", span: "3 trilhões", suggestion: "3 biliões" },
      { text: "Captou 4,2 mil milhões de dólares.", span: "4,2 mil milhões", suggestion: "4,2 bilhões", locale: "pt-BR" },
    ],
    [
      { text: "Captou 4,2 mil milhões de dólares, 2 milhões e 500 mil euros e 366,924 milhões de yuans." },
      { text: "Captou 4,2 bilhões de dólares e 1.200 reais; o GPT-3.5 saiu.", locale: "pt-BR" },
      { text: "Pagou US$ 233,673 milhões em dinheiro, ou 10 mil milhões de ienes." },
      { text: "A versão 2.0 saiu em 16.06 com 1.234.567,89 euros." },
    ],
  );
});
