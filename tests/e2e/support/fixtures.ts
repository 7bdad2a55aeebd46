import { readFileSync } from "node:fs";
import path from "node:path";

export const SHARED_FIXTURES = path.resolve(import.meta.dirname, "..", "..", "..", "..", "shared", "fixtures");
export const SEED_ARTICLE = path.join(SHARED_FIXTURES, "seed-article.txt");
export const readSeedArticle = () => readFileSync(SEED_ARTICLE, "utf8");
