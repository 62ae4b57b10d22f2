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
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts"],
  coverageReporters: ["text-summary", "lcov"],
};
