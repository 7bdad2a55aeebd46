import type { CorrectionSet } from "./correction-sets";

/**
 * Written after the miner's rules were settled, to measure it on text it was not shaped on (the sets in
 * correction-sets.ts were written alongside the rules). At first sight the first batch scored 7 of 8
 * offered right (a replacement trimmed of its article before it could grow over the noun it shares:
 * "veículos de nova energia"), and the second, written after that fix, 5 of 6 (a typo fix offered as a
 * term). Both faults are fixed; the miner before this work scored 7 of 10 and 4 of 6 on them.
 */
export const HELD_OUT_SETS: CorrectionSet[] = [
  {
    name: "names, again",
    paragraphs: [
      ["A Byte Dance contratou mais engenheiros.", "A ByteDance contratou mais engenheiros."],
      ["Bai Du anunciou lucros acima do esperado.", "Baidu anunciou lucros acima do esperado."],
      ["A Mei Tuan entrega em 30 minutos.", "A Meituan entrega em 30 minutos."],
      ["Os estafetas da Mei Tuan protestaram.", "Os estafetas da Meituan protestaram."],
      ["O fundador Ma Huateng raramente fala.", "O fundador Pony Ma raramente fala."],
      ["A Bai Chuan Inteligência lançou um modelo aberto.", "A Baichuan AI lançou um modelo aberto."],
      ["A fábrica da Xiao Mi em Pequim produz carros.", "A fábrica da Xiaomi em Pequim produz carros."],
    ],
    expected: [
      { preferred: "ByteDance", variant: "Byte Dance", type: "entity" },
      { preferred: "Baidu", variant: "Bai Du", type: "entity" },
      { preferred: "Meituan", variant: "Mei Tuan", type: "entity" },
      { preferred: "Pony Ma", variant: "Ma Huateng", type: "entity" },
      { preferred: "Baichuan AI", variant: "Bai Chuan Inteligência", type: "entity" },
      { preferred: "Xiaomi", variant: "Xiao Mi", type: "entity" },
    ],
  },
  {
    name: "terms, again",
    paragraphs: [
      ["A nuvem computacional cresce depressa.", "A computação em nuvem cresce depressa."],
      ["Gastam mais em nuvem computacional do que em chips.", "Gastam mais em computação em nuvem do que em chips."],
      ["Os veículos de nova energia dominam Xangai.", "Os veículos elétricos dominam Xangai."],
      ["Vendeu 2 milhões de veículos de nova energia.", "Vendeu 2 milhões de veículos elétricos."],
      ["Fazer um investimento agora é arriscado.", "Investir agora é arriscado."],
      ["Decidiram fazer um investimento em Wuhan.", "Decidiram investir em Wuhan."],
    ],
    expected: [
      { preferred: "computação em nuvem", variant: "nuvem computacional", type: "term" },
      { preferred: "veículos elétricos", variant: "veículos de nova energia", type: "term" },
    ],
  },
  {
    name: "figures, dates, grammar and quotes",
    paragraphs: [
      ["O mercado vale 1,2 bilhão de dólares.", "O mercado vale 1,2 mil milhões de dólares."],
      ["A dívida soma 4 bilhões de dólares.", "A dívida soma 4 mil milhões de dólares."],
      ["Empregam 20 mil pessoas.", "Empregam 20 000 pessoas."],
      ["Empregavam 15 mil pessoas.", "Empregavam 15 000 pessoas."],
      ["O prazo acaba a 30 de Junho.", "O prazo acaba a 30 de junho."],
      ["Os dados mostra uma quebra.", "Os dados mostram uma quebra."],
      ["Os números mostra o contrário.", "Os números mostram o contrário."],
      ["Usam um \"chip\" de IA próprio.", "Usam um «chip» de IA próprio."],
      ["Cada \"chip\" custa caro.", "Cada «chip» custa caro."],
      ["Há seis meses, ninguém falava disso.", "Desde janeiro, ninguém falava disso."],
    ],
    expected: [],
  },
  {
    name: "a headline rewritten",
    paragraphs: [
      ["Xiao Mi \"aposta\" tudo em carros: o sonho de Lei Jun", "A Xiaomi aposta tudo nos carros, o sonho de Lei Jun"],
      ["Carros da Xiao Mi: \"apostar\" tudo", "Os carros da Xiaomi: apostar tudo"],
    ],
    expected: [{ preferred: "Xiaomi", variant: "Xiao Mi", type: "entity" }],
  },
];

export const SECOND_HELD_OUT_SETS: CorrectionSet[] = [
  {
    name: "names",
    paragraphs: [
      ["O Vale do Silício chinês, Zhong Guan Cun, atrai talento.", "O Vale do Silício chinês, Zhongguancun, atrai talento."],
      ["A Hua Wei respondeu às sanções.", "A Huawei respondeu às sanções."],
      ["A Alibaba Nuvem baixou os preços.", "A Alibaba Cloud baixou os preços."],
      ["Hua Wei lança Pangu 5.0: \"o maior modelo\"", "Huawei lança o Pangu 5.0, «o maior modelo»"],
      ["O \"Wenxin\" da Baidu é gratuito.", "O «Wenxin» da Baidu é gratuito."],
    ],
    expected: [
      { preferred: "Zhongguancun", variant: "Zhong Guan Cun", type: "entity" },
      { preferred: "Huawei", variant: "Hua Wei", type: "entity" },
      { preferred: "Alibaba Cloud", variant: "Alibaba Nuvem", type: "entity" },
    ],
  },
  {
    name: "terms",
    paragraphs: [
      ["A IA geradora muda o jornalismo.", "A IA generativa muda o jornalismo."],
      ["Ferramentas de IA geradora são baratas.", "Ferramentas de IA generativa são baratas."],
      ["Cada chip de alta gama custa 30 000 dólares.", "Cada chip topo de gama custa 30 000 dólares."],
      ["Faltam chip de alta gama na China.", "Faltam chip topo de gama na China."],
    ],
    expected: [
      { preferred: "IA generativa", variant: "IA geradora", type: "term" },
      { preferred: "chip topo de gama", variant: "chip de alta gama", type: "term" },
    ],
  },
  {
    name: "noise",
    paragraphs: [
      ["A tecnlogia avança.", "A tecnologia avança."],
      ["Sem tecnlogia própria, dependem de outros.", "Sem tecnologia própria, dependem de outros."],
      ["No primeiro trimestre, as vendas caíram.", "No 1.º trimestre, as vendas caíram."],
      ["No primeiro trimestre de 2024, subiram.", "No 1.º trimestre de 2024, subiram."],
      ["Cresceu três vezes mais depressa.", "Cresceu 3 vezes mais depressa."],
      ["Isto não é só uma questão técnica, é também política.", "Não se trata só de técnica: é também política."],
    ],
    expected: [],
  },
];
