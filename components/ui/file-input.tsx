"use client";

import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * A file picker worded in the interface language: the browser's own control says "Choose File" in the browser's
 * language, whatever the interface speaks. The native input stays inside the field's label, so the label opens it,
 * a keyboard reaches it and tests address it by its label; it also tells a screen reader the chosen file, so the
 * visible words are hidden from one.
 */
export function FileInput({ className, onChange, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const t = useTranslations("common.fileInput");
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => setChosen(null);
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);
  return (
    <span className={cn("flex items-center gap-3", className)}>
      <input
        ref={input}
        type="file"
        className="peer sr-only"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          setChosen(files.length > 0 ? files.map((f) => f.name).join(", ") : null);
          onChange?.(event);
        }}
        {...props}
      />
      <span
        aria-hidden="true"
        className="shrink-0 cursor-pointer rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50 peer-focus-visible:ring-2 peer-focus-visible:ring-accent"
      >
        {t("choose")}
      </span>
      <span aria-hidden="true" className="min-w-0 truncate text-sm text-stone-600">
        {chosen ?? t("none")}
      </span>
    </span>
  );
}
