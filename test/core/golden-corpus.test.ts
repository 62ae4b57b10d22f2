/**
 * Golden tests on real tables of other places (test/fixtures/corpus), transcribed as published: see
 * `test/support/corpus/golden.ts` for what each case must give.
 */
import { CORPUS_DIR } from "../support/corpus/cases";
import { describeGolden } from "../support/corpus/golden";

describeGolden(CORPUS_DIR);
