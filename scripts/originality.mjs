/** Runs the shared originality check on src/content when ../shared is present (it is beside every clone here). */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const tool = process.env.ORIGINALITY_TOOL || "../shared/tools/originality.mjs";
if (!existsSync(tool)) {
  console.log(`originality: ${tool} が見つからないため省略します`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [tool, "src/content"], { stdio: "inherit" });
process.exit(r.status ?? 1);
