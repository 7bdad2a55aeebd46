import type { Severity } from "@/lib/domain";

/** Severity is shown by colour, underline style and a glyph, so it does not rest on colour alone. */
export const SEVERITY_STYLE: Record<Severity, { mark: string; glyph: string; chip: string; text: string }> = {
  critical: {
    mark: "bg-red-100 underline decoration-critical decoration-double decoration-2 underline-offset-4",
    glyph: "‼",
    text: "text-critical",
    chip: "bg-red-50 text-red-900 ring-red-300",
  },
  major: {
    mark: "bg-orange-100 underline decoration-major decoration-wavy decoration-2 underline-offset-4",
    glyph: "!",
    text: "text-major",
    chip: "bg-orange-50 text-orange-900 ring-orange-300",
  },
  minor: {
    mark: "bg-yellow-100 underline decoration-minor decoration-dotted decoration-2 underline-offset-4",
    glyph: "·",
    text: "text-minor",
    chip: "bg-yellow-50 text-yellow-900 ring-yellow-300",
  },
  info: {
    mark: "bg-sky-50 underline decoration-info decoration-dashed underline-offset-4",
    glyph: "i",
    text: "text-info",
    chip: "bg-sky-50 text-sky-900 ring-sky-300",
  },
};
