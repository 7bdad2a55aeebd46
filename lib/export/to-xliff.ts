import { js2xliff, jsToXliff12, type XliffJs, type XliffUnitJs } from "xliff";
import type { BilingualDocument } from "@/lib/export/bilingual-units";

const MACHINE_NOTE = "Source: the machine translation as imported (Lapidar has no original for this article).";

function resources(document: BilingualDocument): XliffJs {
  const units: Record<string, XliffUnitJs> = {};
  for (const unit of document.units) {
    units[unit.id] = {
      source: unit.source,
      ...(unit.target === null ? {} : { target: unit.target }),
      ...(document.machineSource ? { note: MACHINE_NOTE } : {}),
    };
  }
  return { sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, resources: { [document.fileId]: units } };
}

/** XLIFF 2.0: one file, one unit per link, the final text as the target. */
export async function toXliff2(document: BilingualDocument): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await js2xliff(resources(document))}\n`;
}

/** XLIFF 1.2 (strict): approved units are marked approved="yes". */
export async function toXliff12(document: BilingualDocument): Promise<string> {
  const data = resources(document);
  for (const unit of document.units) if (unit.approved) data.resources[document.fileId][unit.id].additionalAttributes = { approved: "yes" };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${await jsToXliff12(data)}\n`;
}
