import type { CountedFlag, ReportInput, ReportParagraph } from "@/lib/report/types";

export const flag = (check: string, text: string, category: CountedFlag["category"] = "Accuracy", severity: CountedFlag["severity"] = "major"): CountedFlag => ({
  check,
  text,
  category,
  severity,
});

const paragraph = (over: Partial<ReportParagraph> & Pick<ReportParagraph, "id" | "position">): ReportParagraph => ({
  kind: "body",
  machineText: "",
  currentText: "",
  status: "pending",
  reviewer: null,
  machineFlags: [],
  currentFlags: [],
  dismissals: [],
  ...over,
});

/** Three measured paragraphs and one of site text, with flags fixed, dismissed, left open and introduced. */
export function reportInput(): ReportInput {
  return {
    article: { id: 7, title: `Relatório <b>"x"</b> & 🙂`, author: null, sourceName: null, sourceUrl: null, locale: "pt-PT" },
    paragraphs: [
      paragraph({
        id: 1,
        position: 0,
        kind: "heading",
        machineText: "1. Investidores prudentes",
        currentText: "1. Investidores prudentes",
        status: "approved",
        reviewer: "Ana",
      }),
      paragraph({
        id: 2,
        position: 1,
        machineText: "A HKUST Xunfei é uma necessidade justa , disse Jiazi Guangnian.",
        currentText: "A iFlytek é uma necessidade essencial, disse Jiazi Guangnian.",
        status: "edited",
        reviewer: "Rui",
        machineFlags: [
          flag("pinyin-name", "HKUST Xunfei", "Terminology"),
          flag("calque", "necessidade justa"),
          flag("typo-spacing", " ,", "Linguistic conventions", "minor"),
          flag("pinyin-name", "Jiazi Guangnian", "Terminology"),
        ],
        currentFlags: [flag("pinyin-name", "Jiazi Guangnian", "Terminology")],
        dismissals: [{ check: "pinyin-name", text: "Jiazi Guangnian" }],
      }),
      paragraph({
        id: 3,
        position: 2,
        machineText: "O modelo grande e o modelo grande.",
        currentText: "O grande modelo e o modelo grande.",
        machineFlags: [flag("calque", "modelo grande"), flag("calque", "modelo grande")],
        currentFlags: [flag("calque", "modelo grande"), flag("english-left", "straight flush")],
      }),
      paragraph({ id: 4, position: 3, kind: "boilerplate", machineText: "Partilhar", currentText: "Partilhar", machineFlags: [flag("site-boilerplate", "Partilhar", "Design and markup")] }),
    ],
    annotations: [
      { paragraphId: 2, category: "Accuracy", subtype: "mistranslation", severity: "major" },
      { paragraphId: 2, category: "Linguistic conventions", subtype: "punctuation", severity: "minor" },
      { paragraphId: 3, category: "Style", subtype: "awkward", severity: "neutral" },
      // On site text: not published, so not scored.
      { paragraphId: 4, category: "Accuracy", subtype: null, severity: "critical" },
    ],
    reviewers: [
      { name: "Rui", edits: 3, approvals: 0, dismissals: 1, annotations: 2 },
      { name: "Ana", edits: 1, approvals: 5, dismissals: 0, annotations: 1 },
    ],
  };
}
