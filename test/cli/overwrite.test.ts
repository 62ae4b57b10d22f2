/**
 * Never overwrite: an existing output (of --fix or template) is refused with exit 2 unless --force; an
 * output reached through a symlink to the input is the input; a write that fails (a full disk) leaves the
 * previous file as it was and no temporary file behind.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileSafely } from "../../src/workbook/xlsx/safeWrite";
import { kpiCheck, SAMPLES, sha256 } from "./support/kpiCheck";

const SAMPLE = join(SAMPLES, "004-atsugi-kpi.xlsx");
const dir = mkdtempSync(join(tmpdir(), "kpi-overwrite-"));

test("--fix refuses an existing output, in both languages, and replaces it with --force", async () => {
  const out = join(dir, "existing.xlsx");
  writeFileSync(out, "previous");
  const before = sha256(out);
  const ja = await kpiCheck([SAMPLE, "--fix", "-o", out]);
  expect([ja.code, ja.stdout]).toEqual([2, ""]);
  expect(ja.stderr).toBe(
    `kpi-check: 出力先「${out}」は既にあります。置き換えるときは --force を付けてください（何も書いていません）。\n`,
  );
  const en = await kpiCheck([SAMPLE, "--fix", "-o", out, "--lang", "en"]);
  expect(en.stderr).toBe(
    `kpi-check: The output “${out}” already exists; add --force to replace it (nothing was written).\n`,
  );
  expect(sha256(out)).toBe(before);
  const forced = await kpiCheck([SAMPLE, "--fix", "-o", out, "--force"]);
  expect(forced.code).toBe(1);
  expect(sha256(out)).not.toBe(before);
  expect((await kpiCheck([out])).code).toBe(0);
});

test("template -o refuses an existing file unless --force", async () => {
  const out = join(dir, "template.xlsx");
  writeFileSync(out, "previous");
  const before = sha256(out);
  const refused = await kpiCheck(["template", "progress", "--from", "R6", "-o", out]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/既にあります/);
  expect(sha256(out)).toBe(before);
  const forced = await kpiCheck(["template", "progress", "--from", "R6", "-o", out, "--force"]);
  expect(forced.code).toBe(0);
  expect((await kpiCheck([out])).code).not.toBe(2);
});

test("an output that is the input through a symlink is refused, even with --force", async () => {
  const input = join(dir, "input.xlsx");
  copyFileSync(SAMPLE, input);
  const link = join(dir, "link-dir");
  symlinkSync(dir, link);
  const run = await kpiCheck([input, "--fix", "-o", join(link, "input.xlsx"), "--force"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/確認するファイルそのものです/);
  expect(sha256(input)).toBe(sha256(SAMPLE));
});

test("an output that is not a regular file is never replaced, even with --force", async () => {
  const run = await kpiCheck([SAMPLE, "--fix", "-o", "/dev/null", "--force", "--lang", "en"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("kpi-check: The output “/dev/null” is not a regular file; it is never replaced.\n");
});

describe("a full disk", () => {
  test("writing the temporary file onto /dev/full fails with the disk-full error; the previous file and folder are as they were", async () => {
    const folder = join(dir, "full");
    mkdirSync(folder);
    const out = join(folder, "out.xlsx");
    writeFileSync(out, "previous");
    const before = sha256(out);
    // The temporary file gets half the bytes, then the rest goes to a device that is always full.
    const writeTemporary = async (temporary: string, bytes: Uint8Array) => {
      writeFileSync(temporary, bytes.subarray(0, bytes.length / 2));
      const full = await open("/dev/full", "w");
      try {
        await full.write(bytes);
      } finally {
        await full.close();
      }
    };
    await expect(
      writeFileSafely(out, new Uint8Array(4096), { force: true, writeTemporary }),
    ).rejects.toMatchObject({
      code: "workbook.diskFull",
    });
    expect(readdirSync(folder)).toEqual(["out.xlsx"]);
    expect(sha256(out)).toBe(before);
  });

  test("--fix --force onto a full tmpfs exits 2 with the disk-full message and leaves the previous copy intact", async () => {
    // A real small file system (root in the test container can mount one); the copy does not fit.
    const mountPoint = mkdtempSync(join(tmpdir(), "kpi-tmpfs-"));
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=48k", "tmpfs", mountPoint]);
    expect(mounted.status).toBe(0);
    try {
      const out = join(mountPoint, "copy.xlsx");
      writeFileSync(out, Buffer.alloc(40 * 1024, 7));
      const before = sha256(out);
      const run = await kpiCheck([SAMPLE, "--fix", "-o", out, "--force"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/ディスクの空きが足りないため.*既にあったファイルはそのままです。/);
      expect(run.stderr).not.toMatch(/ENOSPC/);
      expect(sha256(out)).toBe(before);
      expect(readdirSync(mountPoint)).toEqual(["copy.xlsx"]);
    } finally {
      spawnSync("umount", [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });
});
