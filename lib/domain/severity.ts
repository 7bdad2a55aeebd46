import { z } from "zod";

/** How much a flag matters to the editor; configuration may override a check's default. */
export const SEVERITIES = ["info", "minor", "major", "critical"] as const;

export const severitySchema = z.enum(SEVERITIES);

export type Severity = z.infer<typeof severitySchema>;
