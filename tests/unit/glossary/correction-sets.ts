import type { CorrectedParagraph } from "@/lib/glossary/mine-corrections";
import type { GlossaryType } from "@/lib/glossary/types";

/**
 * Correction sets written for measuring the miner: paragraphs as machine translation left them and as a
 * reviewer corrected them, in the ways reviewers really correct (names put right, calques undone, whole
 * headlines rewritten, figures and units converted, grammar and punctuation fixed), with the entries a
 * glossary editor would accept from them. Everything else the miner offers counts against its precision.
 */
export interface CorrectionSet {
  name: string;
  paragraphs: [machine: string, corrected: string][];
  expected: { preferred: string; variant: string; type: GlossaryType }[];
}

export const CORRECTION_SETS: CorrectionSet[] = [
  {
    name: "company names put right",
    paragraphs: [
      ["A HKUST Xunfei lançou ontem um novo modelo de linguagem.", "A iFlytek lançou ontem um novo modelo de linguagem."],
      ["Segundo a Jiazi Guangnian, o setor cresceu 30% no trimestre.", "Segundo a Jiazi Light Year, o setor cresceu 30% no trimestre."],
      ["Os analistas da Jiazi Guangnian são cautelosos.", "Os analistas da Jiazi Light Year são cautelosos."],
      ["A empresa Ali Baba investiu na startup de Hangzhou.", "A empresa Alibaba investiu na startup de Hangzhou."],
    ],
    expected: [
      { preferred: "iFlytek", variant: "HKUST Xunfei", type: "entity" },
      { preferred: "Jiazi Light Year", variant: "Jiazi Guangnian", type: "entity" },
      { preferred: "Alibaba", variant: "Ali Baba", type: "entity" },
    ],
  },
  {
    name: "people and products",
    paragraphs: [
      ["O fundador Li Yanhong disse que a concorrência é feroz.", "O fundador Robin Li disse que a concorrência é feroz."],
      ["O Wen Xin Yi Yan da Baidu tem 100 milhões de utilizadores.", "O Ernie Bot da Baidu tem 100 milhões de utilizadores."],
      ["Depois, o Tong Yi Qian Wen 2.5 chegou ao mercado.", "Depois, o Qwen 2.5 chegou ao mercado."],
    ],
    expected: [
      { preferred: "Robin Li", variant: "Li Yanhong", type: "entity" },
      { preferred: "Ernie Bot", variant: "Wen Xin Yi Yan", type: "entity" },
      { preferred: "Qwen", variant: "Tong Yi Qian Wen", type: "entity" },
    ],
  },
  {
    name: "calques undone more than once",
    paragraphs: [
      ["O modelo grande da empresa ainda é caro.", "O grande modelo da empresa ainda é caro."],
      ["Cada modelo grande precisa de dados.", "Cada grande modelo precisa de dados."],
      ["O poder de computação é escasso na China.", "A capacidade de computação é escassa na China."],
      ["Sem poder de computação, não há treino.", "Sem capacidade de computação, não há treino."],
      ["O aprendizado de máquina mudou a indústria.", "A aprendizagem automática mudou a indústria."],
      ["Investem em aprendizado de máquina desde 2015.", "Investem em aprendizagem automática desde 2015."],
    ],
    expected: [
      { preferred: "grande modelo", variant: "modelo grande", type: "term" },
      { preferred: "capacidade de computação", variant: "poder de computação", type: "term" },
      { preferred: "aprendizagem automática", variant: "aprendizado de máquina", type: "term" },
    ],
  },
  {
    name: "a headline rewritten twice over",
    paragraphs: [
      [
        "Modelo grande quente meio ano, só \"poucos\" chegam até a Fortuna",
        "Grandes modelos em alta há meio ano, e só «poucos» chegam à fortuna",
      ],
      [
        "Modelo grande quente há meio ano: os \"poucos\" que chegam até a Fortuna",
        "Seis meses de grandes modelos: os «poucos» que chegam à fortuna",
      ],
    ],
    expected: [],
  },
  {
    name: "figures and units converted",
    paragraphs: [
      ["A receita chegou a 10 bilhões de yuan em 2023.", "A receita chegou a 10 mil milhões de yuan em 2023."],
      ["O investimento foi de 3 bilhões de yuan.", "O investimento foi de 3 mil milhões de yuan."],
      ["O centro de dados fica a 5 quilómetros da cidade.", "O centro de dados fica a 5 km da cidade."],
      ["Outro centro fica a 12 quilómetros do porto.", "Outro centro fica a 12 km do porto."],
      ["A quota subiu 30 por cento.", "A quota subiu 30%."],
      ["O lucro caiu 12 por cento.", "O lucro caiu 12%."],
      ["Venderam dez mil unidades.", "Venderam 10 000 unidades."],
      ["Compraram dez mil chips.", "Compraram 10 000 chips."],
    ],
    expected: [],
  },
  {
    name: "grammar, punctuation and casing",
    paragraphs: [
      ["Para o otimização do modelo , é preciso tempo.", "Para a otimização do modelo, é preciso tempo."],
      ["Falta o otimização dos custos.", "Falta a otimização dos custos."],
      ["Obviamente, não é o caso.", "Claro que não é o caso."],
      ["O mercado Desacelerou em março.", "O mercado desacelerou em março."],
      ["O mercado Desacelerou outra vez.", "O mercado desacelerou outra vez."],
      ["A iflytek respondeu.", "A iFlytek respondeu."],
      ["\"A IA é o futuro, disse ele.", "«A IA é o futuro», disse ele."],
      ["\"O futuro é agora, disse ela.", "«O futuro é agora», disse ela."],
    ],
    expected: [],
  },
  {
    name: "one-off rewordings",
    paragraphs: [
      ["Não importa o quanto as pessoas estejam preocupadas, o mercado sobe.", "Por mais preocupadas que as pessoas estejam, o mercado sobe."],
      ["O aprendizado imediato ajuda os modelos.", "A aprendizagem por prompts ajuda os modelos."],
      ["Em outras palavras, a corrida começou.", "Ou seja, a corrida começou."],
      ["A temperatura da água do setor subiu.", "O ânimo do setor melhorou."],
    ],
    expected: [],
  },
  {
    name: "names inside rewritten sentences",
    paragraphs: [
      [
        "De acordo com o relatório da Kunlun Wanwei, o mercado é grande.",
        "Segundo o relatório da Kunlun Tech, o mercado é grande.",
      ],
      ["A Zhi Pu AI levantou fundos.", "A Zhipu AI levantou fundos."],
      ["O presidente da Shang Tang, Xu Li, falou ontem.", "O presidente da SenseTime, Xu Li, falou ontem."],
    ],
    expected: [
      { preferred: "Kunlun Tech", variant: "Kunlun Wanwei", type: "entity" },
      { preferred: "Zhipu AI", variant: "Zhi Pu AI", type: "entity" },
      { preferred: "SenseTime", variant: "Shang Tang", type: "entity" },
    ],
  },
];

/** One article per set, one position per paragraph, as the database would hand them to the miner. */
export function correctedParagraphs(set: CorrectionSet, articleId: number): CorrectedParagraph[] {
  return set.paragraphs.map(([machineText, currentText], position) => ({ articleId, position, machineText, currentText }));
}
