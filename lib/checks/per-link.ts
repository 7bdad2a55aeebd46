import type { SourceSegment } from "@/lib/checks/source-context";
import type { Check, CheckContext } from "@/lib/checks/types";
import type { Flag } from "@/lib/domain";

type LinkFindings = (segment: SourceSegment, context: CheckContext) => Flag[][];

/**
 * A source check's run for checks that judge a whole aligned link at once: the findings are computed on the
 * link's first paragraph that asks, once per link, and each target paragraph gets its own share.
 */
export function perLink(findingsOfLink: LinkFindings): Check["run"] {
  const cache = new WeakMap<SourceSegment, Flag[][]>();
  return (paragraph, context) => {
    const segment = context.source?.byTarget[paragraph.index];
    if (!segment || paragraph.kind === "boilerplate") return [];
    let flags = cache.get(segment);
    if (!flags) {
      flags = findingsOfLink(segment, context);
      cache.set(segment, flags);
    }
    return flags[segment.targets.indexOf(paragraph.index)];
  };
}
