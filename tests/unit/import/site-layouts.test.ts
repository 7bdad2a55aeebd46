import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/import";
import { splitPlainText } from "@/lib/import/split-text";

/** Invented articles with the footers of three other kinds of site, to keep the rules general. */

const kinds = (text: string) => splitPlainText(text).paragraphs.map((p) => p.kind);

describe("a Brazilian news portal", () => {
  const text = [
    "Startup de robótica de Hangzhou levanta R$ 300 milhões",
    "Por Ana Clara Souza\nPublicado em 12/03/2024 às 10h15",
    "A Yunshen Zhineng, conhecida como Nuvem Profunda Inteligente, anunciou nesta terça-feira uma rodada de investimento liderada por fundos estatais.",
    "Segundo a empresa, o dinheiro será usado para abrir uma nova fábrica e contratar 200 engenheiros até o fim do ano.",
    "Leia também: Montadoras chinesas ampliam presença no Brasil",
    "O fundador disse que pretende compartilhar os resultados com os investidores a cada trimestre.",
    "Compartilhe:\nFacebook\nTwitter\nWhatsApp\nE-mail",
    "Tags: robótica, China, investimento",
    "Assine a nossa newsletter\nReceba as principais notícias no seu e-mail.",
    "© 2024 Portal Exemplo. Todos os direitos reservados.",
  ].join("\n\n");

  it("finds the byline, the date, the related link and the footer", () => {
    const article = splitPlainText(text);
    expect(article.author).toBe("Ana Clara Souza");
    expect(article.title).toBe("Startup de robótica de Hangzhou levanta R$ 300 milhões");
    expect(kinds(text)).toEqual([
      "heading", "metadata", "metadata", "body", "body", "boilerplate", "body",
      "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate",
      "boilerplate", "boilerplate", "boilerplate",
    ]);
  });
});

describe("an English crypto exchange footer", () => {
  const text = [
    "Hangzhou robot maker raises $40 million",
    "Author: Chen Li\nSource: Example Exchange Research",
    "The company said the new round would fund a second factory in Ningbo.",
    "Investors expect the first humanoid units to ship next year.",
    "Disclaimer: This article is for informational purposes only and does not constitute investment advice.",
    "Like\nShare\nReply\n12 comments\nFollow us on X\nTrade crypto anytime, anywhere\nScan to download the app\nEnglish\nDeutsch\n日本語",
  ].join("\n\n");

  it("keeps the article and marks every footer line", () => {
    const article = splitPlainText(text);
    expect(article.author).toBe("Chen Li");
    expect(article.sourceName).toBe("Example Exchange Research");
    expect(kinds(text)).toEqual(["heading", "metadata", "metadata", "body", "body", ...Array(11).fill("boilerplate")]);
  });
});

describe("a Chinese portal tail", () => {
  const text = [
    "杭州机器人公司完成新一轮融资",
    "来源：示例科技网",
    "这家公司表示，新资金将用于扩大生产和招聘工程师。",
    "免责声明：本文仅代表作者本人观点，不构成投资建议。",
    "责任编辑：王明",
    "相关阅读\n版权所有 转载请注明出处",
  ].join("\n\n");

  it("takes the source and marks the disclaimer, editor credit and copyright", () => {
    const article = splitPlainText(text);
    expect(article.sourceName).toBe("示例科技网");
    expect(kinds(text)).toEqual(["heading", "metadata", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]);
  });
});

describe("an HTML page with site chrome", () => {
  const html = `<!doctype html><html><head><title>Robôs de Hangzhou | Diário Exemplo</title></head><body>
    <nav><a href="/">Início</a> <a href="/economia">Economia</a></nav>
    <article>
      <h1>Robôs de Hangzhou conquistam investidores</h1>
      <p class="byline">Por Rui Tavares</p>
      <p>A empresa fechou uma ronda de <b>50 milhões</b> de euros.</p>
      <div class="share-buttons"><a href="#">Partilhar no Facebook</a></div>
      <p>O fundador quer abrir uma fábrica em Ningbo.</p>
    </article>
    <aside><h2>Mais lidas</h2><ul><li>Outra notícia qualquer</li></ul></aside>
    <footer><p>Contactos</p><p>Estatuto editorial</p></footer>
  </body></html>`;

  it("marks structural chrome as boilerplate and keeps the article", async () => {
    const result = await parseImport({ kind: "file", bytes: new TextEncoder().encode(html), filename: "page.html" });
    if (!result.ok) throw new Error(result.error.message);
    const { article } = result;
    expect(article.title).toBe("Robôs de Hangzhou conquistam investidores");
    expect(article.author).toBe("Rui Tavares");
    expect(article.paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => [p.kind, p.text])).toEqual([
      ["heading", "Robôs de Hangzhou conquistam investidores"],
      ["metadata", "Por Rui Tavares"],
      ["body", "A empresa fechou uma ronda de 50 milhões de euros."],
      ["body", "O fundador quer abrir uma fábrica em Ningbo."],
    ]);
    expect(article.paragraphs.filter((p) => p.kind === "boilerplate").map((p) => p.text)).toEqual([
      "Início Economia", "Partilhar no Facebook", "Mais lidas", "Outra notícia qualquer", "Contactos", "Estatuto editorial",
    ]);
  });
});
