import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import type { GlossaryEntryData, GlossaryLocale, ParsedGlossary, RowError } from "./types";
import { GLOSSARY_TYPES } from "./types";
import { entryIdentity } from "./identity";
import { entryProblems, glossaryEntrySchema } from "./validate";

/*
 * TBX-Basic (ISO 30042, DCA style). One conceptEntry per entry: the Portuguese langSec holds the preferred
 * term (administrativeStatus preferredTerm-admn-sts) and the variants (deprecatedTerm-admn-sts); a zh
 * langSec holds the source term; admin projectSubset holds the Lapidar type; the concept's note is the
 * entry's note and a note "case-sensitive" on the preferred term marks case sensitivity.
 * Older TBX-Basic files (martif/termEntry/langSet/tig) are read too.
 */

const PREFERRED = "preferredTerm-admn-sts";
const DEPRECATED = "deprecatedTerm-admn-sts";
const SUPERSEDED = "supersededTerm-admn-sts";
const ADMITTED = "admittedTerm-admn-sts";
const CASE_SENSITIVE_NOTE = "case-sensitive";

const LANG_OF: Record<GlossaryLocale, string> = { both: "pt", "pt-PT": "pt-PT", "pt-BR": "pt-BR" };

type Node = Record<string, unknown>;

const LISTS = new Set(["conceptEntry", "termEntry", "langSec", "langSet", "termSec", "tig", "ntig", "termNote", "note", "admin", "descrip"]);

function texts(node: Node, name: string): { type?: string; text: string }[] {
  const list = (node[name] as unknown[] | undefined) ?? [];
  return list.map((item) =>
    typeof item === "object" && item !== null
      ? { type: (item as Node)["@_type"] as string | undefined, text: String((item as Node)["#text"] ?? "") }
      : { text: String(item) },
  );
}

function children(node: Node, ...names: string[]): Node[] {
  return names.flatMap((name) => ((node[name] as Node[] | undefined) ?? []).filter((n) => typeof n === "object" && n !== null));
}

function termOf(termSec: Node): string {
  // TBX 2 <ntig> nests the term in termGrp.
  const grp = termSec.termGrp as Node | undefined;
  const term = (grp ?? termSec).term;
  if (typeof term === "object" && term !== null) return String((term as Node)["#text"] ?? "");
  return term === undefined ? "" : String(term);
}

function statusOf(termSec: Node): string | undefined {
  const grp = (termSec.termGrp as Node | undefined) ?? termSec;
  return texts(grp, "termNote").find((n) => n.type === "administrativeStatus")?.text;
}

function localeOf(lang: string): GlossaryLocale | null {
  const l = lang.toLowerCase();
  if (l === "pt") return "both";
  if (l === "pt-pt") return "pt-PT";
  if (l === "pt-br") return "pt-BR";
  return null;
}

/** 1-based line of each concept's opening tag, in document order. */
function conceptLines(xml: string): number[] {
  const lines: number[] = [];
  const re = /<(?:conceptEntry|termEntry)[\s>]/g;
  let line = 1;
  let at = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    for (; at < m.index; at++) if (xml.charCodeAt(at) === 10) line++;
    lines.push(line);
  }
  return lines;
}

function readConcept(concept: Node, line: number): { entries: GlossaryEntryData[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const entries: GlossaryEntryData[] = [];
  const langSecs = children(concept, "langSec", "langSet");
  const source = langSecs.find((l) => String(l["@_xml:lang"] ?? "").toLowerCase().startsWith("zh"));
  const sourceTerm = source ? children(source, "termSec", "tig", "ntig").map(termOf).find(Boolean) ?? null : null;
  const subset = texts(concept, "admin").find((a) => a.type === "projectSubset")?.text.trim().toLowerCase();
  const type = subset && (GLOSSARY_TYPES as readonly string[]).includes(subset) ? subset : subset ? null : "term";
  if (type === null) errors.push({ line, problems: [{ key: "unknownSubset", values: { subset: subset ?? "" } }] });
  const note = texts(concept, "note").map((n) => n.text.trim()).filter(Boolean).join("\n") || null;
  const portuguese = langSecs.filter((l) => localeOf(String(l["@_xml:lang"] ?? "")) !== null);
  if (portuguese.length === 0) errors.push({ line, problems: [{ key: "noPortuguese" }] });
  if (errors.length > 0) return { entries, errors };
  for (const langSec of portuguese) {
    const terms = children(langSec, "termSec", "tig", "ntig").map((t) => ({ node: t, term: termOf(t).trim(), status: statusOf(t) }));
    const preferred = terms.find((t) => t.status === PREFERRED) ?? terms.find((t) => t.status !== DEPRECATED && t.status !== SUPERSEDED);
    if (!preferred?.term) {
      errors.push({ line, problems: [{ key: "noPreferred" }] });
      continue;
    }
    const parsed = glossaryEntrySchema.safeParse({
      preferred: preferred.term,
      // Admitted terms are acceptable alternatives, not forms to replace.
      variants: terms.filter((t) => t !== preferred && t.status !== ADMITTED && t.status !== PREFERRED).map((t) => t.term),
      sourceTerm,
      type,
      caseSensitive: texts(preferred.node, "note").some((n) => n.text.trim().toLowerCase() === CASE_SENSITIVE_NOTE),
      locale: localeOf(String(langSec["@_xml:lang"])),
      note,
    });
    if (parsed.success) entries.push(parsed.data);
    else errors.push({ line, problems: entryProblems(parsed.error) });
  }
  return { entries, errors };
}

/** Reads a TBX file; a malformed document is one error at its line, a bad concept one error at the concept's line. */
export function parseGlossaryTbx(xml: string): ParsedGlossary {
  const result: ParsedGlossary = { entries: [], lines: [], errors: [] };
  const text = xml.replace(/^\uFEFF/, "");
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    result.errors.push({ line: valid.err.line, problems: [{ key: "malformedXml", values: { code: valid.err.code, column: valid.err.col, detail: valid.err.msg } }] });
    return result;
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => LISTS.has(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (error) {
    // The parser's own limits (nesting depth, entity expansion) are refusals, not server errors.
    const detail = (error as Error).message;
    const reason = /nest/i.test(detail) ? "nesting" : /entit/i.test(detail) ? "entities" : "other";
    result.errors.push({ line: 1, problems: [{ key: "unreadableTbx", values: { reason, detail } }] });
    return result;
  }
  const root = (doc.tbx ?? doc.martif) as Node | undefined;
  const body = ((root?.text as Node | undefined)?.body as Node | undefined) ?? undefined;
  if (!root || !body) {
    result.errors.push({ line: 1, problems: [{ key: "notTbx" }] });
    return result;
  }
  const concepts = children(body, "conceptEntry", "termEntry");
  const lines = conceptLines(text);
  const seen = new Map<string, number>();
  concepts.forEach((concept, i) => {
    const line = lines[i] ?? 1;
    const { entries, errors } = readConcept(concept, line);
    result.errors.push(...errors);
    for (const entry of entries) {
      const identity = entryIdentity(entry);
      const first = seen.get(identity);
      if (first !== undefined) {
        result.errors.push({ line, problems: [{ key: "duplicateConcept", values: { first } }] });
        continue;
      }
      seen.set(identity, line);
      result.entries.push(entry);
      result.lines.push(line);
    }
  });
  return result;
}

function termSec(term: string, status: string, notes: string[] = []): Node {
  return {
    term,
    termNote: [{ "@_type": "administrativeStatus", "#text": status }],
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

export function serializeGlossaryTbx(entries: GlossaryEntryData[]): string {
  const conceptEntry = entries.map((e, i) => {
    const langSec: Node[] = [];
    if (e.sourceTerm) langSec.push({ "@_xml:lang": "zh", termSec: [{ term: e.sourceTerm }] });
    langSec.push({
      "@_xml:lang": LANG_OF[e.locale],
      termSec: [
        termSec(e.preferred, PREFERRED, e.caseSensitive ? [CASE_SENSITIVE_NOTE] : []),
        ...e.variants.map((v) => termSec(v, DEPRECATED)),
      ],
    });
    return {
      "@_id": `c${i + 1}`,
      admin: [{ "@_type": "projectSubset", "#text": e.type }],
      ...(e.note ? { note: [e.note] } : {}),
      langSec,
    };
  });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  ", suppressEmptyNode: true });
  const body = builder.build({
    tbx: {
      "@_type": "TBX-Basic",
      "@_style": "dca",
      "@_xml:lang": "pt",
      "@_xmlns": "urn:iso:std:iso:30042:ed-2",
      tbxHeader: { fileDesc: { sourceDesc: { p: "Lapidar glossary" } } },
      text: { body: { conceptEntry } },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
