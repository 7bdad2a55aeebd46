import { describe, expect, it } from "vitest";
import { sameSiteCallback } from "@/lib/auth/callback-url";

const origin = "https://lapidar.example";

describe("sameSiteCallback", () => {
  it("keeps a page of this site, with its query and fragment", () => {
    expect(sameSiteCallback("/articles/3?filter=major#p-12", origin)).toBe("/articles/3?filter=major#p-12");
    expect(sameSiteCallback(`${origin}/import`, origin)).toBe("/import");
    expect(sameSiteCallback(null, origin)).toBe("/");
  });

  it("sends every way of naming another site home", () => {
    for (const hostile of [
      "/\t/evil.example",
      "/\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      " //evil.example",
      "https://evil.example/",
      "https://lapidar.example.evil.example/",
      "http://lapidar.example/",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "https://lapidar.example:8443/",
    ]) {
      expect(sameSiteCallback(hostile, origin), JSON.stringify(hostile)).toBe("/");
    }
  });
});
