import { z } from "zod";

/** A reviewer's fix of an alignment, as the workspace sends it and the route checks it. */
export const alignmentEditSchema = z.strictObject({
  baseVersion: z.number().int().positive(),
  edit: z.discriminatedUnion("op", [
    z.strictObject({ op: z.literal("merge"), link: z.number().int().min(0) }),
    z.strictObject({ op: z.literal("split"), link: z.number().int().min(0) }),
    z.strictObject({ op: z.literal("shift"), link: z.number().int().min(0), side: z.enum(["source", "target"]), direction: z.enum(["up", "down"]) }),
  ]),
});

export type AlignmentEdit = z.infer<typeof alignmentEditSchema>;

/** The alignment editor's action: the same fix, for one article. */
export const articleAlignmentEditSchema = alignmentEditSchema.extend({ articleId: z.number().int().positive() });
