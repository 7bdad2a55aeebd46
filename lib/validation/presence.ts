import { z } from "zod";

/** A random id the browser makes for one open page (crypto.randomUUID). */
export const pageIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "invalid");

export const presenceSchema = z.object({ articleId: z.number().int().positive(), pageId: pageIdSchema });
