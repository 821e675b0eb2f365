// cartlint for CommonJS: the same linter as the ES module (index.mjs), reached with import(), as
// load() is asynchronous anyway (instantiating WebAssembly is).
//   const cartlint = require("cartlint");
//   const linter = await cartlint.load();
"use strict";

exports.load = async function load(options) {
  return (await import("./index.mjs")).load(options);
};
