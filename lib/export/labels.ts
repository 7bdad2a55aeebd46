/** Words the renderers print around the article, in the article's language (Portuguese), kept together so every format says the same. */
export const LABELS = {
  author: "Autor",
  date: "Data",
  source: "Fonte",
  locale: "Variante",
  draft: (notApproved: number) =>
    `RASCUNHO — ${notApproved} ${notApproved === 1 ? "parágrafo não aprovado" : "parágrafos não aprovados"}`,
  draftTitle: (title: string) => `[RASCUNHO] ${title}`,
};
