import { describe } from "vitest";
import { grammarArticleOrder } from "@/lib/checks/grammar-article-order";
import { grammarConnective } from "@/lib/checks/grammar-connective";
import { grammarGender } from "@/lib/checks/grammar-gender";
import { checkTable } from "./language-check-table";

describe("grammar-gender", () => {
  checkTable(
    grammarGender,
    [
      { text: "Promover o otimização da indústria.", span: "o otimização", suggestion: "a otimização" },
      { text: "Foi um decisão difícil.", span: "um decisão", suggestion: "uma decisão" },
      { text: "Falou dos cidades e no viagem.", span: "dos cidades", suggestion: "das cidades" },
      { text: "Falou dos cidades e no viagem.", span: "no viagem", suggestion: "na viagem" },
    ],
    [
      { text: "Falou com o coração e com o personagem; o São Paulo venceu." },
      { text: "A otimização e a cidade, numa viagem com uma atitude nova." },
      { text: "O selvagem fugiu e os corações bateram; o Atitude Bar abriu." },
    ],
  );
});

describe("grammar-article-order", () => {
  checkTable(
    grammarArticleOrder,
    [
      { text: "O desenvolvimento de grandes os modelos em escala.", span: "de grandes os modelos", suggestion: "dos grandes modelos" },
      { text: "Investiu em novas as empresas.", span: "em novas as empresas", suggestion: "nas novas empresas" },
      { text: "Falou com principais os investidores.", span: "com principais os investidores", suggestion: "com os principais investidores" },
    ],
    [{ text: "De todos os modelos, são grandes os desafios." }, { text: "Para ambos os lados e entre os grandes modelos." }],
  );
});

describe("grammar-connective", () => {
  checkTable(
    grammarConnective,
    [
      { text: "A engenharia é a chave. Em Além disso, os dados ajudam.", span: "Em Além disso", suggestion: "Além disso" },
      { text: "No entanto, mas o valor não é grande.", span: "No entanto, mas", suggestion: "No entanto" },
      { text: "Portanto, então decidiram investir.", span: "Portanto, então", suggestion: "Portanto" },
      { text: "Embora o mercado tenha abrandado, mas os investidores continuam.", span: ", mas ", suggestion: ", " },
      { text: "Porque os custos subiram, portanto os preços subiram.", span: ", portanto ", suggestion: ", " },
    ],
    [
      { text: "Além disso, os dados ajudam. No entanto, o valor não é grande." },
      { text: "Apesar de caro, o produto vendeu bem, mas pouco." },
      { text: "Saiu porque estava cansado, mas voltou. Mas entretanto choveu." },
    ],
  );
});
