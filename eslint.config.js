// The JavaScript linter (eslint, flat config): `make lint` and tests/test_lint.py run
// it on the browser's modules and the node tests. eslint's recommended rules; the
// globals each side may use are named here (no `globals` package for a dozen names).
import js from "@eslint/js";

const BROWSER = Object.fromEntries([
  "document", "window", "location", "history", "performance", "fetch", "URLSearchParams",
  "setTimeout", "clearTimeout", "globalThis",
].map((name) => [name, "readonly"]));
const NODE = Object.fromEntries(["process", "globalThis"].map((name) => [name, "readonly"]));

export default [
  js.configs.recommended,
  {
    files: ["theme/static/js/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: BROWSER },
  },
  {
    files: ["tests/js/**/*.js", "eslint.config.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: NODE },
  },
];
