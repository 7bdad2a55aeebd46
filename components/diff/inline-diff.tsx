import { useTranslations } from "next-intl";
import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";
import { cn } from "@/lib/cn";

/** Marks whitespace-only changes so they stay visible. */
function visible(text: string): string {
  return text.trim() === "" ? text.replace(/ /g, "·").replace(/\n/g, "↵\n") : text;
}

export function DiffSpan({ part }: { part: DiffPart }) {
  const t = useTranslations("workspace.diff");
  if (part.op === "equal") return <span>{part.text}</span>;
  const Tag = part.op === "insert" ? "ins" : "del";
  return (
    <Tag
      className={cn(
        "rounded-sm px-px decoration-2",
        part.op === "insert" ? "bg-emerald-100 text-emerald-900 no-underline" : "bg-red-100 text-red-900 line-through",
      )}
      title={part.op === "insert" ? t("inserted") : t("deleted")}
    >
      {visible(part.text)}
    </Tag>
  );
}

export function InlineDiff({ before, after, lang, className }: { before: string; after: string; lang?: string; className?: string }) {
  const parts = wordDiff(before, after);
  return (
    <p lang={lang} className={cn("whitespace-pre-wrap leading-relaxed", className)} data-testid="inline-diff">
      {parts.map((part, i) => (
        <DiffSpan key={i} part={part} />
      ))}
    </p>
  );
}
