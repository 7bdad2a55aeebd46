// `npm run lapidar -- <command>`: the command line shares lib/ with the app.
import { articlesCommand } from "./commands/articles";
import { dbDeployCommand } from "./commands/db-deploy";
import { exportCommand } from "./commands/export";
import { flagCommand } from "./commands/flag";
import { glossaryCommand } from "./commands/glossary";
import { importCommand } from "./commands/import";
import { UsageError, type Command, type CommandIo } from "./commands/io";
import { restoreCommand } from "./commands/restore";
import { sourceCommand } from "./commands/source";
import { userCreateCommand } from "./commands/user-create";
import { userPasswordCommand } from "./commands/user-password";
import { env } from "@/lib/config";

const commands: Record<string, { run: Command; help: string }> = {
  "user:create": { run: userCreateCommand, help: "user:create --email E --role admin|reviewer|viewer [--name N]   (password from prompt or stdin)" },
  "user:password": { run: userPasswordCommand, help: "user:password --email E   (a new password from prompt or stdin; ends the account's sessions)" },
  import: { run: importCommand, help: "import FILE [--title T] [--locale pt-PT|pt-BR] [--encoding gb18030|windows-1252] [--source ORIGINAL]   (.xlf/.xliff: with its source)" },
  articles: { run: articlesCommand, help: "articles   (list)" },
  source: { run: sourceCommand, help: "source ARTICLE FILE   (the article's Chinese original, aligned automatically)" },
  export: { run: exportCommand, help: "export ARTICLE --format md|txt|html|docx|csv|json [--out FILE] [--draft]" },
  restore: { run: restoreCommand, help: "restore FILE|-   (a JSON backup from export --format json, as a new article)" },
  flag: { run: flagCommand, help: "flag [--json] [--locale pt-PT|pt-BR] FILE|-   (no database needed)" },
  glossary: { run: glossaryCommand, help: "glossary import|export --format csv|tbx FILE|- [--skip-bad-rows]" },
  "db:deploy": { run: dbDeployCommand, help: "db:deploy   (apply pending migrations)" },
};

function usage(): string {
  return `usage: npm run lapidar -- <command>\n\n${Object.values(commands).map((c) => `  ${c.help}`).join("\n")}\n`;
}

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2);
  const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(name && name !== "help" ? `Unknown command: ${name}\n\n${usage()}` : usage());
    return name && name !== "help" ? 2 : 0;
  }
  try {
    env();
    return await command.run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
