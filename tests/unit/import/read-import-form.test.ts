import { describe, expect, it } from "vitest";
import { readImportForm } from "@/app/api/import/read-import-form";

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  data.set("locale", "pt-PT");
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const noFile = new File([], "", { type: "application/octet-stream" });

describe("the import form as the server reads it", () => {
  it("takes a chosen file even when it is empty, so that its refusal names the file", async () => {
    const read = await readImportForm(form({ file: new File([], "vazio.txt", { type: "text/plain" }), text: "" }));
    expect(read).toMatchObject({ ok: true, input: { kind: "file", filename: "vazio.txt" } });
  });

  it("takes pasted text when no file was chosen", async () => {
    expect(await readImportForm(form({ file: noFile, text: "Título\n\nTexto." }))).toMatchObject({ ok: true, input: { kind: "text" } });
  });

  it("refuses a file and pasted text together instead of silently preferring one", async () => {
    const read = await readImportForm(form({ file: new File(["Texto."], "a.txt"), text: "Outro texto." }));
    expect(read).toEqual({ ok: false, error: { key: "bothSources" } });
  });

  it("says there is nothing to import when neither was given", async () => {
    expect(await readImportForm(form({ file: noFile, text: "  " }))).toEqual({ ok: false, error: { key: "nothingToImport" } });
  });

  it("names the field that is wrong: a long title is not a locale problem", async () => {
    const read = await readImportForm(form({ title: "x".repeat(301), text: "Texto." }));
    expect(read.ok === false && read.error).toEqual({ key: "titleFieldTooLong", values: { max: 300 } });
    const read2 = await readImportForm(form({ locale: "fr-FR", text: "Texto." }));
    expect(read2.ok === false && read2.error).toMatchObject({ key: "localeUnknown" });
  });
});
