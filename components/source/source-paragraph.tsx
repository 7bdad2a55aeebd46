"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { cn } from "@/lib/cn";
import type { NamePair } from "@/lib/checks/source-name-pairs";
import { useParagraphSource } from "./source-context";
import { useNameHighlight } from "./use-name-highlight";

/** The source text with its names marked: a name the Portuguese writes, and one it does not. */
function MarkedSource({ text, names }: { text: string; names: NamePair[] }) {
  const t = useTranslations("bilingual.workspace");
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const name of names) {
    if (name.start < at) continue;
    parts.push(text.slice(at, name.start));
    const found = name.written.length > 0;
    parts.push(
      <mark
        key={name.start}
        data-source-name={found ? "written" : "missing"}
        title={found ? t("nameWritten", { name: name.written.join(", ") }) : t("nameMissing", { name: name.expected.join(", ") })}
        className={cn("rounded-sm px-0.5 text-inherit underline decoration-2 underline-offset-4", found ? "bg-violet-100 decoration-violet-400" : "bg-stone-100 decoration-stone-400 decoration-dotted")}
      >
        {text.slice(name.start, name.end)}
      </mark>,
    );
    at = name.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Above a paragraph's Portuguese, the Chinese it was aligned with, and the names both sides share marked on both:
 * the source's here, the Portuguese's in place (see useNameHighlight). A paragraph that shares its source with the
 * one before it says so instead of repeating it.
 */
export function SourceParagraph({ paragraphId, number }: { paragraphId: number; number: number }) {
  const t = useTranslations("bilingual.workspace");
  const source = useParagraphSource(paragraphId);
  const ref = useRef<HTMLElement>(null);
  const forms = useMemo(() => source?.names.flatMap((n) => n.written) ?? [], [source]);
  useNameHighlight(ref, forms);
  if (!source) return null;
  const first = source.linkedNumbers[0];
  const shared = source.linkedNumbers.length > 1 ? t("shared", { first, last: source.linkedNumbers[source.linkedNumbers.length - 1] }) : null;
  const written = source.names.filter((n) => n.written.length > 0);
  return (
    <section ref={ref} aria-label={t("label", { number })} data-testid="source-paragraph" className="mb-2 rounded-md border-l-4 border-sky-300 bg-sky-50/70 px-3 py-2">
      <h3 className="mb-0.5 text-[11px] font-semibold uppercase tracking-wide text-stone-500">
        {t("heading")}
        {shared ? <span className="font-normal normal-case tracking-normal"> · {shared}</span> : null}
      </h3>
      {first === number ? (
        <p lang="zh" className="whitespace-pre-wrap break-words text-[15px] leading-relaxed text-ink">
          <MarkedSource text={source.text} names={source.names} />
        </p>
      ) : (
        <p className="text-sm text-stone-600">{t("sameAs", { first })}</p>
      )}
      {first === number && written.length > 0 ? (
        <p className="mt-1 text-xs text-stone-600">
          <span className="font-medium">{t("namesLabel")}</span>{" "}
          {written.map((n, i) => (
            <span key={n.start} className="whitespace-nowrap">
              {i > 0 ? " · " : null}
              <span lang="zh">{n.source}</span> ↔ {n.written.join(", ")}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
