import type { Category } from "@/lib/domain";

/** The catalogue key (`workspace.category.*`) of each MQM category: the category names themselves are data. */
export const CATEGORY_KEY = {
  Terminology: "terminology",
  Accuracy: "accuracy",
  "Linguistic conventions": "linguistic",
  Style: "style",
  "Locale conventions": "locale",
  "Design and markup": "design",
} as const satisfies Record<Category, string>;
