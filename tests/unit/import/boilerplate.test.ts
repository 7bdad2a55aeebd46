import { describe, expect, it } from "vitest";
import { boilerplateReason, detectBoilerplate } from "@/lib/import/boilerplate";

describe("boilerplateReason on single paragraphs", () => {
  it.each([
    ["Ver original", "view-original link"],
    ["View original", "view-original link"],
    ["Partilhar", "share button"],
    ["Compartilhe:", "share button"],
    ["Facebook Twitter WhatsApp E-mail", "share button"],
    ["Comentar", "comment widget"],
    ["Comentários (12)", "comment widget"],
    ["Nenhum comentário", "comment widget"],
    ["Seja o primeiro a comentar", "comment widget"],
    ["0/400", "counter"],
    ["1.234", "counter"],
    ["Negocie cripto em qualquer lugar e a qualquer hora", "advertisement"],
    ["Trade crypto anytime, anywhere", "advertisement"],
    ["Publicidade", "advertisement"],
    ["Adicionar ao carrinho", "shop button"],
    ["Adicionar à lista de desejos", "shop button"],
    ["Digitalizar para transferir a aplicação Gate", "app download prompt"],
    ["Baixe o app do Jornal", "app download prompt"],
    ["Scan to download the app", "app download prompt"],
    ["This page may contain third-party content and is provided for information purposes only.", "disclaimer"],
    ["Este conteúdo não constitui aconselhamento financeiro nem recomendação de investimento.", "disclaimer"],
    ["免责声明：本文仅代表作者本人观点，不构成投资建议。", "disclaimer"],
    ["© 2024 Diário do Sul. Todos os direitos reservados.", "copyright line"],
    ["Copyright 2023 Example Media", "copyright line"],
    ["版权所有 转载请注明出处", "copyright line"],
    ["Utilizamos cookies para melhorar a sua experiência de navegação. Aceitar", "cookie notice"],
    ["Assine a nossa newsletter", "newsletter prompt"],
    ["Subscreva as notícias por e-mail", "newsletter prompt"],
    ["Siga-nos no Instagram", "follow prompt"],
    ["Leia também: Governo anuncia novo pacote para startups", "related-article link"],
    ["(Resumo anterior: Quatro baleias ficaram com 28 % do airdrop)", "related-article link"],
    ["（背景补充：为什么 ICO 又回来了？）", "related-article link"],
    ["(Contexto adicional: Três razões para o regresso das ICO)", "related-article link"],
    ["Tags: robótica, Hangzhou, investimento", "tag list"],
    ["#robótica #startups #china", "tag list"],
    ["责任编辑：王明", "editor credit"],
    ["English", "language menu"],
    ["Português (Brasil)", "language menu"],
    ["• 简体中文", "language menu"],
    ["Tiếng Việt", "language menu"],
    ["English | Español | Français", "language menu"],
    ["Início | Política | Economia | Desporto", "menu"],
    ["Home > Tecnologia > Inteligência artificial", "breadcrumb"],
  ])("%s → %s", (text, reason) => {
    expect(boilerplateReason(text)).toBe(reason);
  });

  it.each([
    "A empresa pediu aos utilizadores que voltassem a partilhar as suas experiências com o produto.",
    "Num comentário publicado na rede social, o fundador afirmou que a ronda foi concluída.",
    "O investidor recusou comentar o valor da avaliação, mas confirmou a participação.",
    "A plataforma permite negociar cripto e ações, segundo o relatório trimestral da empresa.",
    "O boletim da empresa, enviado por e-mail aos acionistas, não mencionou a aquisição.",
    "1. Investidores prudentes",
    "E o tempo é a melhor prova para provar tudo.",
    "Robótica em Hangzhou",
    "Fonte|Jiazi Light Year",
    "(Antecedentes do caso, segundo a acusação, remontam a 2019.)",
  ])("keeps content: %s", (text) => {
    expect(boilerplateReason(text)).toBeNull();
  });

  it("counts weak evidence only near the end of the article", () => {
    expect(boilerplateReason("• Mercados emergentes")).toBeNull();
    expect(boilerplateReason("• Mercados emergentes", { index: 3, total: 100 })).toBeNull();
    expect(boilerplateReason("• Mercados emergentes", { index: 95, total: 100 })).toBe("menu item");
    expect(boilerplateReason("shareIcon", { index: 3, total: 100 })).toBeNull();
    expect(boilerplateReason("shareIcon", { index: 95, total: 100 })).toBe("widget label");
  });
});

describe("detectBoilerplate over an article", () => {
  const body = [
    "Startup de Hangzhou capta 50 milhões",
    "A empresa de robótica anunciou esta semana uma nova ronda de financiamento liderada por fundos locais.",
    "Segundo o fundador, o dinheiro servirá para abrir uma fábrica em Ningbo até ao fim do ano.",
  ];

  it("takes the trailing run of short lines that holds recognised chrome", () => {
    const reasons = detectBoilerplate([...body, "Partilhar", "Mais vistos", "Comentar", "Entrar"]);
    expect(reasons.slice(0, 3)).toEqual([null, null, null]);
    expect(reasons.slice(3)).toEqual(["share button", "site footer", "comment widget", "menu item"]);
  });

  it("leaves a short last line of the article alone when no chrome follows", () => {
    expect(detectBoilerplate([...body, "Com agências"])).toEqual([null, null, null, null]);
  });

  it("does not extend the footer backwards over short content lines", () => {
    expect(detectBoilerplate([...body, "Com agências", "Partilhar", "Comentar"])).toEqual([null, null, null, null, "share button", "comment widget"]);
  });
});
