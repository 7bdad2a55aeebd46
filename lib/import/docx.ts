import type { ImportWording } from "./wording";
import mammoth from "mammoth";
import { checkDocxArchive } from "./docx-archive";

export type DocxResult = { ok: true; html: string; warnings: ImportWording[] } | { ok: false; reason: string };

/** Word's Title and Subtitle styles are headings too; mammoth only maps "Heading N" by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

// An article's images are not reviewed: their bytes are never read, so none becomes a base64 data URI
// in the HTML (mammoth's default), and the empty element is dropped with the other embeds.
const DROP_IMAGES = mammoth.images.imgElement(async () => ({ src: "" }));

export async function docxToHtml(bytes: Uint8Array): Promise<DocxResult> {
  const archive = checkDocxArchive(bytes);
  if (!archive.ok) return archive;
  try {
    const { value, messages } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, convertImage: DROP_IMAGES, externalFileAccess: false },
    );
    return { ok: true, html: value, warnings: messages.map((message) => ({ key: "warnings.docx", values: { detail: message.message } })) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
