// npm start / npm stop: sideload the add-in into Excel desktop with office-addin-debugging.
// The tool is fetched on demand, never part of `npm ci`: its dependency chain builds a native module that downloads
// from the internet and fails on closed networks, and it is useless where Excel is not installed (CI, Linux).
import { spawnSync } from "node:child_process";

const action = process.argv[2] === "stop" ? "stop" : "start";
const extra = action === "start" ? ["desktop", "--app", "excel"] : [];
const result = spawnSync("npx", ["--yes", "office-addin-debugging@6", action, "manifest.xml", ...extra], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (result.status !== 0) {
  console.error(
    "Excel へのサイドロードに失敗しました。Excel がない環境では `npm run preview` を使ってください。\n" +
      "Sideloading into Excel failed. Where Excel is not installed, use `npm run preview`.",
  );
}
process.exit(result.status ?? 1);
