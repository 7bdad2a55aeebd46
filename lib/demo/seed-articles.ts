import type { ArticleMeta, ParagraphKind } from "@/lib/domain";
import { seededRandom } from "@/lib/seeded-random";

export interface SeedArticle extends ArticleMeta {
  paragraphs: { kind: ParagraphKind; text: string }[];
}

// Our own invented names and phrases, with garbles of the kind machine translation from Chinese leaves behind
// (pinyin, word-by-word names, calques, English left in), so that the list has flags to filter on.
const COMPANIES = ["Lanxin Robótica", "Grupo Tianhe", "Haoyun Dados", "Beixing Energia", "Qingshan Baterias", "Jinlu Logística", "Montanha Verde Tecnologia", "Nuvem Estrela Pagamentos"];
const CITIES = ["Hangzhou", "Shenzhen", "Xangai", "Pequim", "Chengdu", "Wuhan", "Suzhou", "Cantão"];
const TOPICS = ["robôs para armazéns", "baterias de estado sólido", "pagamentos móveis", "carros elétricos", "chips de memória", "energia solar", "comércio eletrónico rural", "grandes modelos de linguagem"];
const OUTLETS = ["Jornal da Tarde de Hangzhou", "Diário Financeiro do Sul", "Notícias Tecnológicas", "Revista Mercado Digital"];
const AUTHORS = ["Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", "Liu Yang", null];
const OPENINGS = [
  "A {company}, sediada em {city}, anunciou esta semana uma nova ronda de financiamento para {topic}.",
  "Segundo fontes do setor, a {company} prepara-se para entrar em bolsa no próximo ano.",
  "O mercado de {topic} em {city} cresceu mais de 30% no primeiro semestre.",
  "Os investidores olham com atenção para a {company} e para a sua aposta em {topic}.",
];
const GARBLES = [
  "A empresa quer empoderar a indústria e fazer o produto aterrar rapidamente.",
  "O diretor-geral disse que a pista de {topic} ainda tem muito espaço.",
  "A equipa de Beijing Zijie Tiaodong também está a seguir este mercado.",
  "Vários analistas acreditam que a empresa tem um forte moat tecnológico.",
  "O preço das ações subiu 5,3 %, para 12 yuan .",
  "A {company} vai investir 3 mil milhões de yuan em novas fábricas em {city}.",
];
const CLEAN = [
  "A empresa conta hoje com cerca de {n} trabalhadores e clientes em vários países.",
  "O novo investimento será usado sobretudo em investigação e desenvolvimento.",
  "Os resultados do trimestre ficaram acima do esperado pelos analistas.",
  "A concorrência no setor é cada vez maior, com novas empresas a surgir todos os meses.",
  "O governo local prometeu apoiar o projeto com terrenos e benefícios fiscais.",
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

/** `count` articles from `seed`: the same seed gives the same articles, each one different from the others. */
export function generateSeedArticles(count: number, seed = 1): SeedArticle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const values = { company: pick(random, COMPANIES), city: pick(random, CITIES), topic: pick(random, TOPICS), n: String(100 + Math.floor(random() * 9900)) };
    const title = `${values.company} aposta em ${values.topic} em ${values.city} (${i + 1})`;
    const body = [pick(random, OPENINGS), ...Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(random, random() < 0.4 ? GARBLES : CLEAN))];
    const paragraphs = [
      { kind: "heading" as const, text: title },
      ...body.map((template) => ({ kind: "body" as const, text: fill(template, values) })),
      { kind: "body" as const, text: `Artigo de teste número ${i + 1} do conjunto gerado com a semente ${seed}.` },
    ];
    const outlet = pick(random, OUTLETS);
    return {
      title,
      author: pick(random, AUTHORS),
      sourceName: outlet,
      sourceUrl: `https://noticias.example/${seed}/${i + 1}`,
      locale: random() < 0.8 ? "pt-PT" : "pt-BR",
      paragraphs,
    };
  });
}
