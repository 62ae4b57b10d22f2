import { assertLibreOfficeInstalled, recalculate } from "./helpers/libreoffice";

describe("the recalculation helper without LibreOffice", () => {
  const path = process.env.PATH;
  beforeEach(() => {
    process.env.PATH = "/nonexistent";
  });
  afterEach(() => {
    process.env.PATH = path;
  });

  it("fails, naming the missing program and the package to install, instead of skipping", () => {
    expect(() => assertLibreOfficeInstalled()).toThrow(
      /"soffice".*apt-get install -y libreoffice-calc-nogui/,
    );
    expect(() => recalculate(["book.xlsx"])).toThrow(/"soffice"/);
  });
});
