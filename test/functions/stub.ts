/**
 * A stub of the globals Excel's custom-functions runtime provides: `CustomFunctions.Error` and
 * `CustomFunctions.ErrorCode` (with the values of @types/custom-functions-runtime).
 */

/** What `new CustomFunctions.Error(code, message)` makes. */
export class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Installs `CustomFunctions` on the global object, for unit tests of src/functions outside a VM. */
export function installCustomFunctionsStub(): void {
  Object.assign(globalThis, { CustomFunctions: { Error: StubError, ErrorCode } });
}
