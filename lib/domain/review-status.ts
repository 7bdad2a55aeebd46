import { z } from "zod";

/** A paragraph starts pending, becomes edited when its text changes, and approved when a reviewer signs it off. */
export const REVIEW_STATUSES = ["pending", "edited", "approved"] as const;

export const reviewStatusSchema = z.enum(REVIEW_STATUSES);

export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
