/**
 * Golden tests on the layouts real tables use that the corpus does not hold (test/fixtures/layouts):
 * small grids rebuilt as staff keep them, each naming the published table or corpus file its layout
 * comes from. See `test/support/corpus/golden.ts` for what each case must give.
 */
import { LAYOUTS_DIR } from "../support/corpus/cases";
import { describeGolden } from "../support/corpus/golden";

describeGolden(LAYOUTS_DIR);
