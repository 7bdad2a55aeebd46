import { describe, expect, it } from "vitest";
import { translatedDescriptorForms } from "@/lib/checks/translated-descriptors";

describe("translated descriptors", () => {
  it("turns a firm's English descriptor into Portuguese, in both orders", () =>
    expect(translatedDescriptorForms({ id: "hesai", zh: "禾赛科技", type: "company", names: ["Hesai", "Hesai Technology"], misrenderings: [] })).toEqual([
      "Tecnologia Hesai",
      "Hesai Tecnologia",
    ]));

  it("leaves people, places and names without a known descriptor alone", () => {
    expect(translatedDescriptorForms({ id: "x", zh: "某", type: "person", names: ["Li Energy"], misrenderings: [] })).toEqual([]);
    expect(translatedDescriptorForms({ id: "y", zh: "某", type: "company", names: ["Tencent Holdings", "New Oriental Education & Technology"], misrenderings: [] })).toEqual([]);
  });
});
