import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Files whose words are not interface text, each with the reason. Only whole files: a list of allowed
 * strings would let the next English label in beside them.
 */
const EXEMPT: Record<string, string> = {
  "app/layout.tsx": "the header's only words are the brand name, Lapidar, the same in every language",
};

const ROOT = path.resolve(import.meta.dirname, "../../..");
const FOLDERS = ["components", "app"];
/** Attributes a reader sees or hears: tooltips, screen-reader names, placeholders, image text, field labels. */
const READ_ATTRIBUTES = new Set(["title", "aria-label", "placeholder", "alt", "label"]);
/** A word: two Latin letters in a row. Digits and signs such as "·", "¶", "—" or "×" alone are not text. */
const WORD = /\p{Script=Latin}{2,}/u;
/** A language tag such as "pt-PT" names a variant in every interface language: a code, not a word. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const isText = (text: string) => WORD.test(text) && !LANGUAGE_TAG.test(text.trim());

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** The literal text of an attribute's value: a plain string, or the fixed parts of a template. */
function attributeText(value: ts.JsxAttributeValue | undefined): string | null {
  if (!value) return null;
  if (ts.isStringLiteral(value)) return value.text;
  if (!ts.isJsxExpression(value) || !value.expression) return null;
  const expression = value.expression;
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isTemplateExpression(expression)) return [expression.head.text, ...expression.templateSpans.map((span) => span.literal.text)].join(" ");
  return null;
}

/** Each place in one file where interface words are written in the code rather than read from a catalogue. */
function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const hits: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    hits.push(`${path.relative(ROOT, file)}:${line}: ${JSON.stringify(text.trim().replace(/\s+/g, " "))}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isText(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const text = attributeText(node.initializer);
      if (text !== null && isText(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

describe("interface text", () => {
  it("comes from the catalogues in every component and page", () => {
    const files = FOLDERS.flatMap((folder) => tsxFiles(path.join(ROOT, folder))).filter((file) => !(path.relative(ROOT, file) in EXEMPT));
    expect(files.flatMap(hardCodedText)).toEqual([]);
  });

  it("exempts only files that exist, each with a reason", () => {
    for (const [file, reason] of Object.entries(EXEMPT)) {
      expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(reason.trim(), file).not.toBe("");
    }
  });
});
