/** Words the renderers print around the article, kept together so every format says the same. */
export const LABELS = {
  author: "Autor",
  date: "Data",
  source: "Fonte",
  locale: "Variante",
  draft: (notApproved: number) =>
    `DRAFT — ${notApproved} ${notApproved === 1 ? "paragraph" : "paragraphs"} not approved`,
};
