/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "commonjs" },
  },
];

module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  // Browser (Chromium) and spreadsheet-engine (LibreOffice) tests run only under `npm run test:all`.
  testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.tsx?$", "\\.engine\\.test\\.tsx?$"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  testEnvironment: "node",
  // A hang guard, not a speed check: CLI tests spawn Node processes and the CI machine has two busy cores.
  testTimeout: 60_000,
  setupFiles: ["<rootDir>/test/support/asyncTimeout.ts"],
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest only for its OfficeApp enum, but the package's entry
    // pulls in an ESM-only dependency (strip-bom via @microsoft/app-manifest) that jest 30 on Node 20
    // cannot require. Point it at the CommonJS file that defines the enum.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary", "lcov"],
};
