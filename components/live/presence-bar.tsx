"use client";

import { useTranslations } from "next-intl";
import type { LiveViewer } from "@/lib/live/event-stream";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase("pt"))
    .join("");
}

/** Who else has this article open, and whether live updates are arriving. */
export function PresenceBar({ viewers, connected }: { viewers: LiveViewer[]; connected: boolean }) {
  const t = useTranslations("live");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-stone-700" aria-label={t("presenceLabel")} role="group">
      <span data-testid="live-status" data-connected={connected} className={connected ? "inline-flex items-center gap-1 text-emerald-800" : "inline-flex items-center gap-1 text-stone-500"}>
        <span aria-hidden className={connected ? "h-2 w-2 rounded-full bg-emerald-600" : "h-2 w-2 rounded-full bg-stone-400"} />
        {connected ? t("connected") : t("connecting")}
      </span>
      <span aria-hidden className="text-stone-300">·</span>
      {viewers.length === 0 ? (
        <span className="text-stone-600">{t("nobodyElse")}</span>
      ) : (
        <>
          <span>{t("alsoViewing", { count: viewers.length })}</span>
          <ul className="flex flex-wrap items-center gap-1.5" data-testid="viewers">
            {viewers.map((v) => (
              <li key={v.userId} className="inline-flex items-center gap-1 rounded-full border border-stone-200 bg-white py-0.5 pl-0.5 pr-2 text-xs">
                <span aria-hidden className="grid h-5 w-5 place-items-center rounded-full bg-accent text-[10px] font-semibold text-white">
                  {initials(v.name)}
                </span>
                {v.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
