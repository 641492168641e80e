// Compile, with the page's own Python (Pyodide in Node), what the app's
// start imports: tools/bytecode.py explains why and writes the result.
// Usage: node tools/bytecode.mjs <dist> <probe.py>  -> JSON on stdout.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, probe] = process.argv.slice(2).map((p) => resolve(p));
const { loadPyodide } = await import(pathToFileURL(`${dist}/pyodide/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${dist}/pyodide/`, stdout: () => {}, stderr: () => {} });
pyodide.FS.mkdirTree("/dist");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: dist }, "/dist");
pyodide.registerJsModule("flet_js", {});
process.stdout.write(pyodide.runPython(readFileSync(probe, "utf-8")));
