import { describe, expect, it } from "vitest";
import { parseLiveNotification } from "@/lib/data/live-listener";
import { parseLastEventId, sseEvent } from "@/lib/live/event-stream";

describe("the event stream's format", () => {
  it("writes one event with its id, name and JSON data", () => {
    expect(sseEvent("change", { kind: "save", paragraphId: 3 }, 42)).toBe('id: 42\nevent: change\ndata: {"kind":"save","paragraphId":3}\n\n');
    expect(sseEvent("presence", [])).toBe("event: presence\ndata: []\n\n");
  });

  it("keeps a newline in the data from ending the event", () => {
    const event = sseEvent("change", { note: "linha 1\nlinha 2" });
    expect(event.split("\n\n")).toHaveLength(2);
    expect(JSON.parse(event.split("data: ")[1])).toEqual({ note: "linha 1\nlinha 2" });
  });

  it("accepts only its own ids back", () => {
    expect(parseLastEventId("17")).toBe(17);
    expect(parseLastEventId("")).toBeNull();
    expect(parseLastEventId("-1")).toBeNull();
    expect(parseLastEventId("1e9")).toBeNull();
    expect(parseLastEventId(null)).toBeNull();
  });

  it("reads the notification payload of the triggers", () => {
    expect(parseLiveNotification("12:345")).toEqual({ articleId: 12, changeId: 345 });
    expect(parseLiveNotification("x")).toBeNull();
    expect(parseLiveNotification(undefined)).toBeNull();
  });
});
