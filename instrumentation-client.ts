import { config } from "zod";

// Runs in the browser before the pages hydrate. The pages' Content-Security-Policy allows no eval, and zod's
// compiled object parsers first probe for it with Function(""), which the browser reports as a policy violation
// on every page that validates a form. The interpreted parsers are fast enough for forms.
config({ jitless: true });
