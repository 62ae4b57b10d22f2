/* The webpack rule both builds (dist/ and dist-preview/) compile TypeScript and TSX with: swc, React's automatic runtime, ES2020. */
const tsRule = {
  test: /\.(ts|tsx)$/,
  exclude: /node_modules/,
  use: {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2020",
      },
    },
  },
};

module.exports = { tsRule };
