import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { cleanArticle } from "./clean-article";
import { draftBanner } from "./draft-banner";
import { headerFields } from "./header-lines";
import type { ExportArticle, RenderOptions } from "./types";

/** Characters XML 1.0 cannot carry at all; left in, they make Word refuse the file. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A Word document: title and headings as Word headings, the header block under the title, a draft banner when asked. */
export async function toDocx(article: ExportArticle, options: RenderOptions = {}): Promise<Buffer> {
  const { header, blocks } = cleanArticle(article);
  const language = { value: header.locale };
  const runs = (text: string, bold = false) =>
    clean(text)
      .split("\n")
      .map((line, i) => new TextRun({ text: line, bold, language, break: i > 0 ? 1 : undefined }));
  const children: Paragraph[] = [];
  const banner = draftBanner(article, options);
  if (banner) {
    children.push(
      new Paragraph({
        children: [new TextRun({ text: banner, bold: true, color: "9A3412", size: 28, language })],
        border: { top: border(), bottom: border(), left: border(), right: border() },
        shading: { fill: "FEF3C7" },
        spacing: { after: 240 },
      }),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(header.title) }));
  for (const { label, value, url } of headerFields(header)) {
    const shown = new TextRun({ text: clean(value), language });
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${label}: `, bold: true, language }),
          url && /^https?:\/\//i.test(url) ? new ExternalHyperlink({ link: url, children: [shown] }) : shown,
        ],
      }),
    );
  }
  for (const line of header.extra) children.push(new Paragraph({ children: runs(line) }));
  children.push(new Paragraph({ children: [] }));
  for (const block of blocks) {
    children.push(
      block.kind === "heading"
        ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })
        : new Paragraph({ children: runs(block.text), spacing: { after: 160 } }),
    );
  }
  const doc = new Document({
    title: clean(header.title),
    creator: header.author ? clean(header.author) : undefined,
    description: banner ?? undefined,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

function clean(text: string): string {
  return text.replace(XML_INVALID, "");
}

function border() {
  return { style: "single" as const, size: 12, color: "B45309", space: 4 };
}
