import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ImportEvent } from "./import-stream";
import type { Source } from "./source-choice";

/** A refusal the reviewer can answer, and which source it was about, so a retry sends the same one. */
export type Refusal = Extract<ImportEvent, { type: "refused" }>["error"] & { source?: Source };
export type Confirmation = { encoding?: string; removeControlCharacters?: boolean; source?: Source; allowDuplicate?: boolean };

export function RefusalNotice({ refusal, onConfirm, busy }: { refusal: Refusal; onConfirm: (c: Confirmation) => void; busy: boolean }) {
  const t = useTranslations("import.refusal");
  const source = refusal.source;
  return (
    <Alert tone="warning" className="space-y-2">
      <p>{refusal.message}</p>
      {refusal.code === "not_utf8" && refusal.detectedEncoding ? (
        <>
          {refusal.preview ? (
            <pre className="max-h-32 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 text-xs">{refusal.preview}</pre>
          ) : null}
          <Button type="button" size="sm" disabled={busy} onClick={() => onConfirm({ encoding: refusal.detectedEncoding, source })}>
            {t("convert", { encoding: t(`encodings.${refusal.detectedEncoding}`) })}
          </Button>
        </>
      ) : null}
      {refusal.code === "control_characters" ? (
        <Button type="button" size="sm" disabled={busy} onClick={() => onConfirm({ removeControlCharacters: true, source })}>
          {t("removeControl")}
        </Button>
      ) : null}
      {refusal.code === "no_title" ? (
        <Button type="button" size="sm" disabled={busy} onClick={() => onConfirm({ source })}>
          {t("withTitle")}
        </Button>
      ) : null}
    </Alert>
  );
}
