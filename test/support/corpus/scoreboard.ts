/**
 * Prints how well the engine reads each corpus case (the figures of the golden test, as a table):
 * `node --import ./scripts/register-ts.mjs test/support/corpus/scoreboard.ts`.
 */
import { loadCorpus } from "./cases";
import { scoreCase } from "./score";

async function main(): Promise<void> {
  const rows: string[] = [
    "| case | tables found/expected | indicators found/expected | rates | statuses | findings missing | wrong errors |",
    "|---|---|---|---|---|---|---|",
  ];
  const totals = { rates: [0, 0], statuses: [0, 0], tables: [0, 0] };
  for (const corpusCase of loadCorpus()) {
    const score = await scoreCase(corpusCase);
    const found = score.sheets.map((s) => s.tables).join("+");
    const wanted = corpusCase.expected.sheets.map((s) => s.tables).join("+");
    const ind = score.sheets.map((s) => s.indicators).join("+");
    const wantedInd = corpusCase.expected.sheets.map((s) => s.indicators).join("+");
    totals.rates[0] += score.rates.reproduced;
    totals.rates[1] += score.rates.published;
    totals.statuses[0] += score.statuses.reproduced;
    totals.statuses[1] += score.statuses.published;
    score.sheets.forEach((s, k) => {
      const want = corpusCase.expected.sheets[k]?.tables ?? 0;
      totals.tables[0] += Math.min(s.tables, want);
      totals.tables[1] += want;
    });
    rows.push(
      `| ${score.id} | ${found} / ${wanted} | ${ind} / ${wantedInd} | ${score.rates.reproduced}/${score.rates.published} | ${score.statuses.reproduced}/${score.statuses.published} | ${score.missingFindings.join(" ") || "-"} | ${score.wrongErrors.join(" ") || "-"} |`,
    );
  }
  rows.push(
    `| total | ${totals.tables[0]}/${totals.tables[1]} | | ${totals.rates[0]}/${totals.rates[1]} | ${totals.statuses[0]}/${totals.statuses[1]} | | |`,
  );
  process.stdout.write(`${rows.join("\n")}\n`);
}

void main();
