import { requirePageUser } from "@/lib/auth/session";
import { maxImportBytes } from "@/lib/config";
import { XliffImportForm } from "@/components/source/xliff-import-form";
import { ImportForm } from "./import-form";

export const metadata = { title: "Import article" };

export default async function ImportPage() {
  const user = await requirePageUser("reviewer");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="font-serif text-2xl font-semibold">Import article</h1>
      <p className="text-sm text-stone-600">
        Paste the machine translation or upload a .txt, .md, .html or .docx file. Lapidar splits it into paragraphs, reads the
        author and source lines, and marks the site&apos;s menus and share buttons as boilerplate (you can change any paragraph&apos;s kind later).
      </p>
      <ImportForm maxBytes={maxImportBytes()} isAdministrator={user.role === "admin"} />
      <XliffImportForm maxBytes={maxImportBytes()} />
    </div>
  );
}
