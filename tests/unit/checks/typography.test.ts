import { describe } from "vitest";
import { typoFunctionWordCase } from "@/lib/checks/typo-function-word-case";
import { typoMojibake } from "@/lib/checks/typo-mojibake";
import { typoPunctuation } from "@/lib/checks/typo-punctuation";
import { typoQuotes } from "@/lib/checks/typo-quotes";
import { typoRepeatedWord } from "@/lib/checks/typo-repeated-word";
import { typoSentenceCase } from "@/lib/checks/typo-sentence-case";
import { typoSpacing } from "@/lib/checks/typo-spacing";
import { checkTable } from "./language-check-table";

describe("typo-sentence-case", () => {
  checkTable(
    typoSentenceCase,
    [
      { text: "Foi de 55,8% em março. desacelerou em abril.", span: "março. desacelerou", suggestion: "março. Desacelerou" },
      { text: "Os empreendedores domésticos. é como duas pessoas.", span: "domésticos. é", suggestion: "domésticos. É" },
      { text: "Terminou? não sei.", span: "Terminou? não", suggestion: "Terminou? Não" },
    ],
    [
      { text: "Chegou o Sr. presidente e o Dr. costa." },
      { text: "Vendeu carros, motos, etc. e saiu." },
      { text: "Era o n.º um e a taxa foi 3.5 vezes maior... mas caiu." },
      { text: "Falou J. Lehman sobre a Apple Inc. e os seus planos." },
    ],
  );
});

describe("typo-spacing", () => {
  checkTable(
    typoSpacing,
    [
      { text: "Não promoveu a tecnologia , mas investiu.", span: "tecnologia , mas", suggestion: "tecnologia, mas" },
      { text: "Quem ganhou ?", span: "ganhou ?", suggestion: "ganhou?" },
      { text: "Sobe ; desce.", span: "Sobe ; desce", suggestion: "Sobe; desce" },
      { text: "O mercado  abrandou.", span: "  ", suggestion: " " },
    ],
    [{ text: "A plataforma .NET e o valor de 0,5 euros; tudo certo: sim!" }, { text: "  Recuo inicial e final  " }],
  );
});

describe("typo-punctuation", () => {
  checkTable(
    typoPunctuation,
    [
      { text: "Não sabemos os objetivos da IA. .", span: ". .", suggestion: "." },
      { text: "Os custos,, subiram.", span: ",,", suggestion: "," },
      { text: "Subiram,. Depois caíram.", span: ",.", suggestion: "." },
    ],
    [{ text: "Lisboa, Porto, etc., e depois... nada." }, { text: "A Tesla Inc., a Lda. e a S.A., todas." }, { text: "Espera…. não." }],
  );
});

describe("typo-quotes", () => {
  checkTable(
    typoQuotes,
    [
      { text: 'Disse: "o modelo é só um resultado.”', span: "”", suggestion: '"' },
      { text: "Disse: “o modelo é só um resultado.", span: "“", suggestion: "" },
      { text: "Disse: o modelo é só um resultado.”", span: "”", suggestion: "" },
      { text: 'Chamou-lhe “bolha” e depois "onda".', span: '"onda"', suggestion: "“onda”" },
    ],
    [
      { text: "Disse: «o modelo é “apenas” uma ferramenta». Saiu." },
      { text: 'Disse "sim" e depois "não".' },
      { text: "O chamado 'modelo de mundo' de Yann LeCun." },
    ],
  );
});

describe("typo-function-word-case", () => {
  checkTable(
    typoFunctionWordCase,
    [
      { text: "Forneça claramente Mais a informação de fundo.", span: "Mais", suggestion: "mais" },
      { text: "Os dados chegaram Para o modelo.", span: "Para", suggestion: "para" },
    ],
    [
      { text: "A Bolsa de Valores de Hong Kong e a Casa da Moeda." },
      { text: "Leu o livro Por Que a Grandeza e gostou." },
      { text: "Forneça claramente mais informação." },
    ],
  );
});

describe("typo-repeated-word", () => {
  checkTable(
    typoRepeatedWord,
    [
      { text: "A estratégia de de expansão.", span: "de de", suggestion: "de" },
      { text: "O o modelo falhou.", span: "O o", suggestion: "O" },
    ],
    [{ text: "Só se se confirmar, muito muito depois." }, { text: "Dois modelos, modelos grandes." }],
  );
});

describe("typo-mojibake", () => {
  checkTable(
    typoMojibake,
    [
      { text: "A inteligÃªncia artificial.", span: "Ãª", suggestion: "ê" },
      { text: "Chegou Ã\u00A0indústria.", span: "Ã\u00A0", suggestion: "à" },
      { text: "Itâ€™s a test.", span: "â€™", suggestion: "’" },
      { text: "A â€œbolhaâ€ rebentou.", span: "â€", suggestion: "”" },
      { text: "A bolha rebent\uFFFDu.", span: "\uFFFD" },
    ],
    [{ text: "A inteligência artificial NÃO chegou à indústria; MAÇÃ e IRMÃ." }],
  );
});
