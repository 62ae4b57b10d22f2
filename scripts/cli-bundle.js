/*
 * The kpi-check bundle (dist-cli/, built by `npm run build` from webpack.cli.config.mjs) and the rule for using
 * it: bin/kpi-check.js runs the bundle only when it was built from exactly the files on disk, and otherwise runs
 * the TypeScript sources through the module hooks (scripts/ts-hooks.mjs). The build writes dist-cli/manifest.json
 * (scripts/cli-bundle-plugin.js) last, after every other file of the bundle:
 *   entry   the bundle's main file (its chunks are named by content hash, so it only ever loads its own);
 *   inputs  every file whose bytes went into the bundle (sources, package.json, the build's own configuration),
 *           by path from the project root: [SHA-1 of those bytes, size, mtime, ctime] (see readInput);
 *   absent  the files the module hooks would load instead of an input if they existed (`../core` is
 *           src/core/index.ts while src/core.ts and src/core.tsx do not exist).
 * The bundle is current when every input still has those bytes and no absent file exists. That is checked at
 * every start, by a stat of each file (about 200), reading and hashing only a file whose times changed. Any
 * doubt (no manifest, an unreadable one, a missing input) means the sources.
 */
const { closeSync, fstatSync, openSync, readFileSync, renameSync, statSync, writeFileSync } = require("fs");
const path = require("path");

const BUNDLE_DIR = "dist-cli";
const MANIFEST = "manifest.json";

/**
 * Every write sets a file's change time (ctime) to the clock's time, and no program can set it back. So when a
 * file's last change is this old as the build reads it (by this machine's clock, which the file system's times
 * come from), any later write gives it a later ctime: unchanged times at start mean unchanged bytes. Nearer than
 * that (file times coarser than the clock, a file saved while the build runs) the times do not vouch for the
 * bytes, and the file's digest is checked at every start instead.
 */
const SETTLED_MS = 2000;

function digest(bytes) {
  return require("crypto").createHash("sha1").update(bytes).digest("hex");
}

/**
 * A file's bytes and its record for the manifest: [digest, size, mtimeMs, ctimeMs], without the times when they
 * cannot vouch for these bytes (the file changed while read, or just before). Stat and read are of one open file,
 * so a file replaced meanwhile (an editor's save by rename) is recorded as it was read: the new one differs in ctime.
 */
function readInput(file) {
  const fd = openSync(file, "r");
  try {
    const before = fstatSync(fd);
    const bytes = readFileSync(fd);
    const after = fstatSync(fd);
    const settled =
      before.mtimeMs === after.mtimeMs &&
      before.ctimeMs === after.ctimeMs &&
      after.size === bytes.length &&
      Math.max(after.mtimeMs, after.ctimeMs) < Date.now() - SETTLED_MS;
    const record = [digest(bytes), bytes.length];
    return { bytes, record: settled ? [...record, after.mtimeMs, after.ctimeMs] : record };
  } finally {
    closeSync(fd);
  }
}

/** Whether the file still holds the bytes of its record: its times unchanged, else its digest. */
function holds(file, [recorded, size, mtimeMs, ctimeMs]) {
  const stats = statSync(file);
  if (!stats.isFile() || stats.size !== size) return false;
  if (stats.mtimeMs === mtimeMs && stats.ctimeMs === ctimeMs) return true;
  return digest(readFileSync(file)) === recorded;
}

function isRecord(value) {
  return (
    Array.isArray(value) &&
    typeof value[0] === "string" &&
    value.slice(1).every((n) => typeof n === "number") &&
    (value.length === 2 || value.length === 4)
  );
}

function isManifest(value) {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof value.entry === "string" &&
    value.inputs !== null &&
    typeof value.inputs === "object" &&
    Object.values(value.inputs).every(isRecord) &&
    Array.isArray(value.absent) &&
    value.absent.every((file) => typeof file === "string")
  );
}

/** Writes the manifest into the bundle's folder, whole or not at all (a reader never sees half of it). */
function writeManifest(dir, { entry, inputs, absent }) {
  const file = path.join(dir, MANIFEST);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify({ entry, inputs, absent }, null, 1)}\n`);
  renameSync(partial, file);
}

/** The main file of the bundle in dir if it was built from the files now on disk under root, else null. */
function verifiedEntry(root, dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), "utf8"));
  if (!isManifest(manifest)) return null;
  for (const [file, record] of Object.entries(manifest.inputs)) {
    if (!holds(path.join(root, file), record)) return null;
  }
  const present = (file) => statSync(path.join(root, file), { throwIfNoEntry: false }) !== undefined;
  if (manifest.absent.some(present)) return null;
  const entry = path.join(dir, manifest.entry);
  return statSync(entry).isFile() ? entry : null;
}

/**
 * The bundle's main file when it was built from the files now on disk under root, else null: also when anything
 * cannot be read (no manifest, a folder where a file was…); the sources then run and report what they find.
 */
function currentBundle(root) {
  try {
    return verifiedEntry(root, path.join(root, BUNDLE_DIR));
  } catch {
    return null;
  }
}

module.exports = { BUNDLE_DIR, MANIFEST, readInput, writeManifest, currentBundle };
