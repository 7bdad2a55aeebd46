/** Where a text writes any of `forms` as a whole word (case as written), longest form first, without overlaps. */
export function nameMarks(text: string, forms: readonly string[]): { start: number; end: number }[] {
  const marks: { start: number; end: number }[] = [];
  const taken = (start: number, end: number) => marks.some((m) => start < m.end && end > m.start);
  const wordChar = /[\p{L}\p{N}]/u;
  for (const form of [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const bounded = !wordChar.test(text.charAt(at - 1)) && !wordChar.test(text.charAt(end));
      if (bounded && !taken(at, end)) marks.push({ start: at, end });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
