// The playground: the cartlint package (./cartlint/, copied beside this page by the build) lints
// what is in the text area as it changes; each finding is listed and underlined at its place
// (the report's `start`/`end`, UTF-16 indices of the text), with a button for its safe fix.
// The payload and its context can be shared in the URL's fragment (never sent to a server).
import { load } from "./cartlint/index.mjs";

const $ = (id) => document.getElementById(id);
const payload = $("payload"), highlights = $("highlights"), backdrop = $("backdrop"), gutter = $("gutter");
const findingsList = $("findings"), summary = $("summary"), status = $("status");
const kindPicker = $("kind"), countryInput = $("customer-country"), providerInput = $("provider-id");
const applyAllButton = $("apply-all");

// The kinds the library may know, in the order offered; the ones this build does not know are
// left out (found by asking it at start-up), so new kinds appear when the library has them.
const KINDS = [
  ["cart", "cart"], ["cart-line-item", "cart line item"], ["checkout-result", "checkout result"], ["order", "order"],
  ["order-collection", "order collection"], ["http", "HTTP request or response"], ["markdown", "Markdown page"],
];

let linter = null;
let report = null;  // the last report, for the text now in the editor
let lintTimer = 0;

registerOfflineCopy();
start().catch((error) => setStatus("error", `The linter could not start: ${error.message}`));

async function start() {
  linter = await load();
  $("version").textContent = `cartlint ${linter.version} (WebAssembly)`;
  for (const [kind, label] of KINDS) {
    try {
      linter.lint("", { kind });
    } catch {
      continue;  // not a kind of this build
    }
    kindPicker.append(new Option(label, kind));
  }
  payload.addEventListener("input", () => scheduleLint());
  payload.addEventListener("scroll", syncScroll);
  for (const input of [kindPicker, countryInput, providerInput]) input.addEventListener("input", () => scheduleLint(0));
  applyAllButton.addEventListener("click", applyAllFixes);
  $("permalink").addEventListener("click", copyPermalink);
  $("load-sample").addEventListener("click", loadSample);
  findingsList.addEventListener("click", onFindingClick);
  window.addEventListener("hashchange", () => restoreFromFragment());
  if (!(await restoreFromFragment())) lintNow();
  status.dataset.state = "ready";
}

function options() {
  const o = { kind: kindPicker.value };
  const country = countryInput.value.trim().toUpperCase();
  const provider = providerInput.value.trim();
  if (/^[A-Z]{2}$/.test(country)) o.customerCountry = country;
  if (/^[0-9]+$/.test(provider)) o.providerId = provider;
  return o;
}

function scheduleLint(delay = 120) {
  clearTimeout(lintTimer);
  lintTimer = setTimeout(lintNow, delay);
}

function lintNow() {
  clearTimeout(lintTimer);
  const text = payload.value;
  try {
    report = linter.lint(text, options());
  } catch (error) {
    report = null;
    render(text);
    setStatus("error", error.message);
    return;
  }
  render(text);
}

function render(text) {
  const diagnostics = report?.diagnostics ?? [];
  renderGutter(text);
  renderHighlights(text, diagnostics);
  renderFindings(diagnostics);
  const counts = report?.summary;
  summary.textContent = counts
    ? `Findings: ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "info")}`
    : "Findings";
  applyAllButton.disabled = !diagnostics.some((d) => d.fix?.safe);
  if (report) {
    const kind = report.kind ? ` · kind: ${report.kind}` : "";
    setStatus("ready", "", text.trim() ? validity(text) : null, kind);
  }
}

function renderGutter(text) {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) ++lines;
  if (gutter.childElementCount !== lines || gutter.dataset.lines !== String(lines)) {
    gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join("\n");
    gutter.dataset.lines = String(lines);
  }
}

// The text with a <mark> over every finding's span. Spans may overlap (a member inside a line
// item): the text is cut at every span's ends, and each piece is marked with the findings that
// cover it (its look: the most severe). A span of no width is a bar at its place.
function renderHighlights(text, diagnostics) {
  const rank = { error: 3, warning: 2, info: 1 };
  const cuts = new Set([0, text.length]);
  diagnostics.forEach((d) => {
    cuts.add(clamp(d.start, text)).add(clamp(d.end, text));
  });
  const points = new Map();  // position -> findings of no width there
  diagnostics.forEach((d, i) => {
    if (d.end <= d.start) points.set(clamp(d.start, text), [...(points.get(clamp(d.start, text)) ?? []), i]);
  });
  const sorted = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let k = 0; k < sorted.length; ++k) {
    const from = sorted[k];
    for (const i of points.get(from) ?? []) fragment.append(mark("", [i], diagnostics[i].severity, true));
    if (k + 1 === sorted.length) break;
    const to = sorted[k + 1];
    const piece = text.slice(from, to);
    const covering = [];
    diagnostics.forEach((d, i) => {
      if (d.start <= from && to <= d.end && d.end > d.start) covering.push(i);
    });
    if (!covering.length) {
      fragment.append(piece);
      continue;
    }
    const worst = covering.reduce((a, i) => (rank[diagnostics[i].severity] > rank[a] ? diagnostics[i].severity : a), "info");
    fragment.append(mark(piece, covering, worst, false));
  }
  fragment.append("\n");  // a last empty line keeps its height, as in the text area
  highlights.replaceChildren(fragment);
  syncScroll();
}

function mark(text, findings, severity, point) {
  const m = document.createElement("mark");
  m.className = `${severity}${point ? " point" : ""}`;
  m.dataset.findings = findings.join(" ");
  m.textContent = text;
  return m;
}

function renderFindings(diagnostics) {
  const items = diagnostics.map((d, i) => {
    const li = document.createElement("li");
    li.dataset.index = String(i);
    li.dataset.rule = d.rule;
    li.dataset.line = String(d.line);
    li.dataset.column = String(d.column);
    li.dataset.severity = d.severity;
    const where = element("span", "where", `${d.line}:${d.column}`);
    const message = element("span", "message", "");
    message.append(element("span", `severity ${d.severity}`, d.severity), d.message);
    const meta = element("span", "meta", "");
    meta.append(element("span", "rule", d.rule));
    if (d.pointer) meta.append(element("span", "pointer", d.pointer));
    if (d.fix?.safe) {
      const button = element("button", "fix", `Fix: ${d.fix.description}`);
      button.type = "button";
      button.dataset.fix = String(i);
      meta.append(button);
    } else if (d.fix) {
      meta.append(element("span", "suggestion", `Suggestion: ${d.fix.description}`));
    }
    li.append(where, message, meta);
    return li;
  });
  findingsList.replaceChildren(...items);
}

function onFindingClick(event) {
  const item = event.target.closest("li");
  if (!item || !report) return;
  const d = report.diagnostics[Number(item.dataset.index)];
  if (event.target.dataset.fix !== undefined) {
    replaceText(linter.applyFix(payload.value, d.fix));
    return;
  }
  for (const el of document.querySelectorAll(".active")) el.classList.remove("active");
  item.classList.add("active");
  for (const m of highlights.querySelectorAll("mark"))
    if (m.dataset.findings.split(" ").includes(item.dataset.index)) m.classList.add("active");
  payload.focus();
  payload.setSelectionRange(d.start, Math.max(d.start, d.end));
  // Bring the line into view: the text area scrolls to the selection only on some browsers.
  const lineHeight = parseFloat(getComputedStyle(payload).lineHeight);
  payload.scrollTop = Math.max(0, (d.line - 3) * lineHeight);
  syncScroll();
}

function applyAllFixes() {
  replaceText(linter.fix(payload.value, options()));
}

// Replaces the whole text as one edit the browser can undo (Ctrl+Z), then lints it.
function replaceText(text) {
  payload.focus();
  payload.select();
  if (!document.execCommand?.("insertText", false, text) || payload.value !== text) payload.value = text;
  lintNow();
}

function syncScroll() {
  backdrop.scrollTop = payload.scrollTop;
  backdrop.scrollLeft = payload.scrollLeft;
  gutter.scrollTop = payload.scrollTop;
}

function validity(text) {
  try {
    JSON.parse(text);
    return ["valid", "valid JSON"];
  } catch {
    return ["invalid", "not valid JSON"];
  }
}

function setStatus(state, message, badge = null, extra = "") {
  status.dataset.state = state === "error" ? "error" : status.dataset.state === "loading" ? "loading" : "ready";
  status.replaceChildren();
  if (badge) status.append(element("span", badge[0], badge[1]));
  status.append(message + extra);
}

// The permalink: the payload and its context in the URL fragment (deflated when the browser can),
// so the link holds everything and no server ever sees it.
async function copyPermalink() {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options())) if (value && value !== "auto") params.set(key, value);
  const bytes = new TextEncoder().encode(payload.value);
  if (typeof CompressionStream === "function") {
    params.set("z", await toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw"))));
  } else {
    params.set("t", await toBase64Url(bytes));
  }
  const url = `${location.href.split("#")[0]}#${params}`;
  history.replaceState(null, "", url);
  try {
    await navigator.clipboard.writeText(url);
    setStatus("ready", "Permalink copied to the clipboard.");
  } catch {
    setStatus("ready", "Permalink in the address bar.");
  }
}

async function restoreFromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("z") && !params.has("t")) return false;
  try {
    const bytes = fromBase64Url(params.get("z") ?? params.get("t"));
    const raw = params.has("z") ? await pipe(bytes, new DecompressionStream("deflate-raw")) : bytes;
    payload.value = new TextDecoder().decode(raw);
  } catch (error) {
    setStatus("error", `The link's payload cannot be read: ${error.message}`);
    return false;
  }
  kindPicker.value = params.get("kind") ?? "auto";
  if (kindPicker.value !== (params.get("kind") ?? "auto")) kindPicker.value = "auto";
  countryInput.value = params.get("customerCountry") ?? "";
  providerInput.value = params.get("providerId") ?? "";
  lintNow();
  return true;
}

async function loadSample() {
  const response = await fetch("sample.json");
  replaceText(await response.text());
}

async function pipe(bytes, transform) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer());
}

async function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function clamp(i, text) {
  return Math.max(0, Math.min(i ?? 0, text.length));
}

// Works offline once loaded: a service worker keeps a copy of the page, its script and the
// WebAssembly module (where service workers are allowed: https, or http on localhost).
function registerOfflineCopy() {
  if ("serviceWorker" in navigator && window.isSecureContext) navigator.serviceWorker.register("sw.js").catch(() => {});
}
