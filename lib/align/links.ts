/**
 * An alignment is a list of links in reading order; each link pairs a run of consecutive source paragraphs with a
 * run of consecutive target paragraphs. Either run may be empty: a source paragraph nobody translated (omission)
 * or a target paragraph with no source (addition, or the page's own text). Positions are 0-based.
 */
export interface Link {
  source: number[];
  target: number[];
}

/** Why a list of links is not an alignment of `sources` × `targets` paragraphs; empty when it is one. */
export function linkProblems(links: readonly Link[], sources: number, targets: number): string[] {
  const problems: string[] = [];
  let nextSource = 0;
  let nextTarget = 0;
  links.forEach((link, i) => {
    if (link.source.length === 0 && link.target.length === 0) problems.push(`link ${i + 1} is empty`);
    for (const s of link.source) {
      if (s !== nextSource) problems.push(`link ${i + 1}: source paragraph ${s + 1} out of order (expected ${nextSource + 1})`);
      nextSource = s + 1;
    }
    for (const t of link.target) {
      if (t !== nextTarget) problems.push(`link ${i + 1}: target paragraph ${t + 1} out of order (expected ${nextTarget + 1})`);
      nextTarget = t + 1;
    }
  });
  if (nextSource !== sources) problems.push(`the links cover ${nextSource} of ${sources} source paragraphs`);
  if (nextTarget !== targets) problems.push(`the links cover ${nextTarget} of ${targets} target paragraphs`);
  return problems;
}

/** For each target paragraph, the source paragraphs it is linked with (empty when none). */
export function sourcesByTarget(links: readonly Link[], targets: number): number[][] {
  const result: number[][] = Array.from({ length: targets }, () => []);
  for (const link of links) for (const t of link.target) if (t < targets) result[t] = link.source;
  return result;
}

/** For each target paragraph, the target paragraphs that share its link (itself included). */
export function linkedTargets(links: readonly Link[], targets: number): number[][] {
  const result: number[][] = Array.from({ length: targets }, (_, t) => [t]);
  for (const link of links) for (const t of link.target) if (t < targets) result[t] = link.target;
  return result;
}
