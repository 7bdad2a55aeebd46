import { onBothDatabases } from "./support/both-databases";
import { sourceTextSuite } from "./support/source-text-suite";

// The flagger's per-check budget (2 s) is for a server; on a shared test machine the first runs, dictionaries
// loading in the workers, can take longer without anything being wrong.
process.env.LAPIDAR_CHECK_BUDGET_MS ??= "120000";

onBothDatabases("the Chinese original", sourceTextSuite);
