/**
 * The fake `NamedItemCollection`s: `workbook.names` (workbook scope) and `worksheet.names` (sheet scope,
 * ExcelApi 1.4). Excel's rules the fake keeps:
 * - a name is unique within its scope, case-insensitively: adding it again fails
 *   (learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#add);
 * - a workbook-scoped name survives the deletion of the sheet it refers to (its reference becomes #REF!),
 *   so re-creating the sheet and adding the name again fails; a sheet-scoped name is deleted with its sheet
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-named-items: names are scoped to a workbook
 *   or to a worksheet).
 */
import type { XNamedItem, XNamedItemCollection } from "../office/excelApi";
import { FakeClientObject, FakeRichApiError, type FakeQueue } from "./clientObject";
import type { FakeName, FakeWorkbookState } from "./state";

class FakeNamedItem extends FakeClientObject<FakeName> implements XNamedItem {
  constructor(
    queue: FakeQueue,
    private readonly state: FakeWorkbookState,
    locate: () => FakeName | null,
    nullable: boolean,
  ) {
    super(queue, locate, nullable);
  }

  protected read(target: FakeName, property: string): unknown {
    if (property === "name") return target.name;
    throw new FakeRichApiError("InvalidArgument", `The fake NamedItem has no property '${property}'.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  delete(): void {
    this.change(null, (target) => {
      this.state.names.splice(this.state.names.indexOf(target), 1);
      this.queue.record(target.scope ?? "", "", "names.delete()", target.name);
    });
  }
}

/** The names of one scope: the workbook's (`scope` null) or a sheet's, located at sync time. */
export function fakeNames(
  queue: FakeQueue,
  state: FakeWorkbookState,
  scope: () => string | null,
): XNamedItemCollection {
  const find = (name: string) => {
    const where = scope();
    return state.names.find((n) => n.scope === where && n.name.toLowerCase() === name.toLowerCase()) ?? null;
  };
  return {
    add(name: string, reference: string) {
      queue.enqueue(() => {
        const where = scope();
        if (find(name) !== null)
          throw new FakeRichApiError("ItemAlreadyExists", `The name '${name}' already exists.`);
        state.names.push({ name, reference, scope: where });
        queue.record(where ?? "", "", "names.add()", { name, reference });
        return 0;
      }, 100);
    },
    getItemOrNullObject(name: string) {
      return new FakeNamedItem(queue, state, () => find(name), true);
    },
  };
}
