/** Characters that carry meaning: spaces and punctuation are each script's own business. */
export function contentLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, "").length;
}
