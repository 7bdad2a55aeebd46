import { z } from "zod";

/**
 * LanguageTool's `POST /v2/check` answer as its API documentation describes it (the CheckResponse model of
 * languagetool.org/http-api), written out here: what a client may rely on. Fields marked required there are
 * required here, with the types the documentation gives.
 */
const replacement = z.object({ value: z.string() });
const context = z.object({ text: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
const category = z.object({ id: z.string(), name: z.string() });
const rule = z.object({
  id: z.string(),
  subId: z.string().optional(),
  description: z.string(),
  urls: z.array(z.object({ value: z.string() })).optional(),
  issueType: z.string().optional(),
  category,
});
const match = z.object({
  message: z.string(),
  shortMessage: z.string().optional(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  replacements: z.array(replacement),
  context,
  sentence: z.string(),
  rule: rule.optional(),
});

export const languageToolResponseSchema = z.object({
  software: z.object({
    name: z.string(),
    version: z.string(),
    buildDate: z.string(),
    apiVersion: z.number().int(),
    status: z.string().optional(),
    premium: z.boolean().optional(),
  }),
  language: z.object({
    name: z.string(),
    code: z.string(),
    detectedLanguage: z.object({ name: z.string(), code: z.string() }),
  }),
  matches: z.array(match),
});
