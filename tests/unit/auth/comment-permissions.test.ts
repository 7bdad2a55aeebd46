import { describe, expect, it } from "vitest";
import { canDeleteComment, canEditComment, canReadComments, canSettleThread, canWriteComments } from "@/lib/auth/permissions/comment";

const live = { archived: false };
const archived = { archived: true };
const own = { authorId: 7, deleted: false };
const others = { authorId: 8, deleted: false };

describe("comment permissions", () => {
  it("lets every role read", () => {
    expect(["viewer", "reviewer", "admin"].every((role) => canReadComments(role as "viewer"))).toBe(true);
  });

  it("lets reviewers and administrators write and settle threads; viewers not; nobody on an archived article", () => {
    expect(canWriteComments("viewer", live)).toBe(false);
    expect(canWriteComments("reviewer", live)).toBe(true);
    expect(canWriteComments("admin", live)).toBe(true);
    expect(canSettleThread("viewer", live)).toBe(false);
    expect(canSettleThread("reviewer", live)).toBe(true);
    expect(canWriteComments("admin", archived)).toBe(false);
  });

  it("lets only the author edit, administrators included", () => {
    expect(canEditComment({ id: 7, role: "reviewer" }, own, live)).toBe(true);
    expect(canEditComment({ id: 7, role: "reviewer" }, others, live)).toBe(false);
    expect(canEditComment({ id: 7, role: "admin" }, others, live)).toBe(false);
    expect(canEditComment({ id: 7, role: "viewer" }, own, live)).toBe(false);
    expect(canEditComment({ id: 7, role: "reviewer" }, { ...own, deleted: true }, live)).toBe(false);
  });

  it("lets the author or an administrator delete, once", () => {
    expect(canDeleteComment({ id: 7, role: "reviewer" }, own, live)).toBe(true);
    expect(canDeleteComment({ id: 7, role: "reviewer" }, others, live)).toBe(false);
    expect(canDeleteComment({ id: 7, role: "admin" }, others, live)).toBe(true);
    expect(canDeleteComment({ id: 7, role: "admin" }, { ...others, deleted: true }, live)).toBe(false);
    expect(canDeleteComment({ id: 7, role: "admin" }, others, archived)).toBe(false);
  });
});
