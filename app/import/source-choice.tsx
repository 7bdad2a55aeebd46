import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type Source = "file" | "text";

/** Both a file and pasted text are in the form: which one is the article is the reviewer's call, not the form's. */
export function SourceChoice({ fileName, onChoose, onCancel, busy }: { fileName: string; onChoose: (source: Source) => void; onCancel: () => void; busy: boolean }) {
  const t = useTranslations("import.sourceChoice");
  return (
    <Alert tone="warning" className="space-y-2">
      <p>{t("question", { name: fileName })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" disabled={busy} onClick={() => onChoose("file")}>
          {t("file")}
        </Button>
        <Button type="button" size="sm" disabled={busy} onClick={() => onChoose("text")}>
          {t("text")}
        </Button>
        <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </Alert>
  );
}
