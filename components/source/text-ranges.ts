/** DOM ranges over the text of `root` for offsets into its textContent, across the elements that split it. */
export function textRanges(root: Node, spans: readonly { start: number; end: number }[]): Range[] {
  const nodes: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: offset });
    offset += (node as Text).data.length;
  }
  const locate = (at: number, end: boolean) => {
    const found = nodes.findLast((n) => (end ? n.start < at : n.start <= at)) ?? nodes[0];
    return { node: found.node, offset: Math.min(at - found.start, found.node.data.length) };
  };
  if (nodes.length === 0) return [];
  return spans.map(({ start, end }) => {
    const range = document.createRange();
    const from = locate(start, false);
    const to = locate(end, true);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  });
}
