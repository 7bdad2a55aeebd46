import { describe, expect, it } from "vitest";
import { foldKey } from "@/lib/text/inflection";
import { PhraseTrie } from "@/lib/text/phrase-trie";
import { tokenize } from "@/lib/text/tokens";

const trie = new PhraseTrie<string>({ keyOf: foldKey, prefixOf: foldKey, joins: (text, from, to) => text.slice(from, to) === " " });
trie.add([{ keys: ["light"], prefixes: [] }, { keys: ["years"], prefixes: [] }, { keys: ["away"], prefixes: [] }], "long");
trie.add([{ keys: ["light"], prefixes: [] }, { keys: ["years"], prefixes: [] }], "short");
trie.add([{ keys: [], prefixes: ["empoder"] }, { keys: ["a"], prefixes: [] }], "verb");

const find = (text: string) => trie.findAll(text, tokenize(text)).map((m) => `${m.value}:${m.first}-${m.last}`);

describe("PhraseTrie", () => {
  it("reports every phrase at a start, longest first", () => expect(find("A Light Years Away cresceu")).toEqual(["long:1-3", "short:1-2"]));
  it("matches prefixes for verb forms, whatever the accents", () => expect(find("Empoderámos a indústria")).toEqual(["verb:0-1"]));
  it("does not join across a gap the options refuse", () => expect(find("Light. Years")).toEqual([]));
  it("matches a first word by a prefix shorter than the index key", () => {
    const t = new PhraseTrie<string>({ keyOf: foldKey, prefixOf: foldKey, joins: () => true });
    t.add([{ keys: [], prefixes: ["us"] }, { keys: ["talo"], prefixes: [] }], "short");
    expect(t.findAll("usou talo", tokenize("usou talo")).map((m) => m.value)).toEqual(["short"]);
    expect(t.findAll("pousou talo", tokenize("pousou talo")).map((m) => m.value)).toEqual([]);
  });
  it("finds one phrase among 20,000 by its words", () => {
    const big = new PhraseTrie<number>({ keyOf: foldKey, prefixOf: foldKey, joins: () => true });
    for (let i = 0; i < 20_000; i++) big.add([{ keys: [`termo${i}`], prefixes: [] }, { keys: ["x"], prefixes: [] }], i);
    expect(big.findAll("termo19999 x", tokenize("termo19999 x")).map((m) => m.value)).toEqual([19999]);
  });
});

describe("PhraseTrie, memoised walks", () => {
  it("finds a phrase added after the trie has already walked its first word", () => {
    const t = new PhraseTrie<string>({ keyOf: foldKey, prefixOf: foldKey, joins: () => true });
    t.add([{ keys: ["anos"], prefixes: [] }, { keys: ["luz"], prefixes: [] }], "a");
    expect(t.findAll("anos luz", tokenize("anos luz")).map((m) => m.value)).toEqual(["a"]);
    t.add([{ keys: ["luz"], prefixes: [] }], "b");
    t.add([{ keys: ["anos"], prefixes: [] }, { keys: ["luz"], prefixes: [] }, { keys: ["verde"], prefixes: [] }], "c");
    expect(t.findAll("anos luz verde", tokenize("anos luz verde")).map((m) => `${m.value}:${m.first}-${m.last}`)).toEqual(["c:0-2", "a:0-1", "b:1-1"]);
  });

  it("reports an exact and a prefix phrase at one start, longest first, the exact one first at equal length", () => {
    const t = new PhraseTrie<string>({ keyOf: foldKey, prefixOf: foldKey, joins: () => true });
    t.add([{ keys: [], prefixes: ["empoder"] }, { keys: ["a"], prefixes: [] }], "prefix");
    t.add([{ keys: ["empoderar"], prefixes: [] }, { keys: ["a"], prefixes: [] }], "exact");
    t.add([{ keys: [], prefixes: ["empod"] }], "short");
    expect(t.findAll("empoderar a", tokenize("empoderar a")).map((m) => `${m.value}:${m.first}-${m.last}`)).toEqual(["exact:0-1", "prefix:0-1", "short:0-0"]);
  });
});
