// Dokument erstellen: a form built from the data model's JSON Schema (GET /api/v1/schema/ART),
// amounts recomputed while typing (POST /api/v1/berechnen), the document made by
// POST /api/v1/erstellen/ART. Field errors come back with their path and stand beside the field.
"use strict";

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v; else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children);
  return node;
};

let defs = {};
// The model's field titles are derived from ASCII field names ("Vzae", "Strasse"); shown
// with German spelling, word by word (the titles themselves belong to the data model).
const SPELLING = { Ags: "AGS", Beigefuegt: "beigefügt", Doppelfoerderung: "Doppelförderung",
  Erklaerungen: "Erklärungen", Kreisschluessel: "Kreisschlüssel", Plz: "PLZ", Strasse: "Straße",
  Traeger: "Träger", Vzae: "VZÄ", Zustaendigkeit: "Zuständigkeit", Top: "TOP", Email: "E-Mail",
  Iban: "IBAN", Bic: "BIC", Begruendung: "Begründung", Bestaetigung: "Bestätigung", Buecher: "Bücher",
  Gefoerdert: "gefördert", gefoerdert: "gefördert", Massnahmenplanung: "Maßnahmenplanung",
  Oeffentlich: "Öffentlich", Oeffentlichkeitsarbeit: "Öffentlichkeitsarbeit", Oeffnung: "Öffnung",
  oeffnung: "Öffnung", beigefuegt: "beigefügt", doppelfoerderung: "Doppelförderung" };
// after the first word, prepositions, adjectives and participles are written small
// („Ihr Schreiben vom“, „Vorzeitiger Beginn“, „Nicht gefördert“), nouns stay capital
const SMALL = new Set(["Vom", "Am", "Ab", "In", "Seit", "Kein", "Keine", "Nicht", "Beantragt",
  "Bewilligt", "Vorzeitiger", "Verausgabt", "Erhalten", "Geplant", "Gesichert", "Vorhanden", "Sparsam",
  "Wirtschaftlich", "Zweckentsprechend", "Beigefuegt", "Gefoerdert", "Oeffentlich"]);
const NOUN = { beginn: "Beginn", zeitraum: "Zeitraum", datum: "Datum", jahr: "Jahr", kommune: "Kommune",
  aktenzeichen: "Aktenzeichen", personalkosten: "Personalkosten", sachkosten: "Sachkosten" };
const spell = (title) => String(title).split(" ").map((w, i) => {
  const word = SPELLING[w] || NOUN[w] || w;
  return i > 0 && SMALL.has(w) ? word.toLowerCase() : word;
}).join(" ");
// the model's choices as a clerk reads them
const CHOICE = { landkreis: "Landkreis", kreisfreie_stadt: "kreisfreie Stadt" };
// a number of the data ("6800.00", "0.5") as it is written in German ("6.800,00", "0,5")
const germanShown = (value) => {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const [whole, frac] = text.split(".");
  if (frac === undefined) return whole; // "1.000" would read back as one
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}`;
};
let kommunen = [];
const slots = new Map(); // field path -> {input, message}
let counter = 0;

function resolve(schema) {
  while (schema && schema.$ref) schema = defs[schema.$ref.split("/").pop()];
  return schema || {};
}

// anyOf [X, null] -> X (optional); [number, string] -> a money/number field
function simplify(schema) {
  schema = resolve(schema);
  if (!schema.anyOf) return { schema, nullable: false };
  const variants = schema.anyOf.map(resolve).filter((s) => s.type !== "null");
  const nullable = variants.length < schema.anyOf.length;
  const object = variants.find((s) => s.type === "object" || s.properties);
  const numeric = variants.find((s) => s.type === "number" || s.type === "integer");
  const chosen = object || (numeric ? { ...numeric, type: "number" } : variants[0]) || {};
  return { schema: { ...chosen, title: schema.title || chosen.title, description: schema.description || chosen.description, default: schema.default }, nullable };
}

const childPath = (path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const germanNumber = (text) => {
  let t = text.replace(/[\s€]/g, "");
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  return t;
};

function errorSlot(path, input) {
  const message = el("p", { class: "feldfehler", id: `fehler-${++counter}`, role: "alert" });
  if (input) input.setAttribute("aria-describedby", message.id);
  slots.set(path, { input, message });
  return message;
}

function build(rawSchema, path, value, label, required) {
  const { schema, nullable } = simplify(rawSchema);
  const title = spell(label || schema.title || path) + (required ? " *" : "");
  // the model's hint under the field, read with it; 'E 11' quoted as German writes it
  const hint = schema.description && !schema.properties
    ? el("span", { class: "klein", id: `hinweis-${++counter}`, text: String(schema.description).replace(/'([^']*)'/g, "„$1“") }) : "";
  if (schema.type === "object" || schema.properties) {
    const box = path ? el("fieldset", {}, el("legend", { text: title })) : el("div");
    if (/(^|\.)antragsteller$/.test(path) && kommunen.length) box.append(kommunePicker(path, value));
    const parts = [];
    const props = schema.properties || {};
    // a group's own fields are required only where the group is: an optional group left
    // empty (the Antrag's "Vorzeitiger Beginn") shows no asterisks and preselects nothing
    const present = required || !path || !empty(value);
    const req = new Set(present ? schema.required || [] : []);
    for (const [key, sub] of Object.entries(props)) {
      const fixed = simplify(sub).schema;
      if (fixed.const !== undefined || (fixed.enum && fixed.enum.length === 1)) {
        // one allowed value (the document type "art"): nothing to ask, always sent
        const only = fixed.const !== undefined ? fixed.const : fixed.enum[0];
        parts.push([key, { get: () => only }]);
        continue;
      }
      // a field's own title, else its name (a $ref's title would name the type: "Person")
      const name = sub.title || key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ");
      const node = build(sub, childPath(path, key), value ? value[key] : undefined, name, req.has(key));
      parts.push([key, node]);
      if (!path) node.el.setAttribute("data-teil", key);
      box.append(node.el);
    }
    box.append(errorSlot(path || "(Dokument)", null));
    return {
      el: box,
      get() {
        const out = {};
        for (const [key, node] of parts) {
          const v = node.get();
          if (v !== undefined) out[key] = v;
        }
        return Object.keys(out).length || required || !path ? out : undefined;
      },
    };
  }
  if (schema.type === "array") {
    const itemSchema = schema.items || {};
    // the buttons name what they add or remove („Stelle 2 entfernen“, „Drittmittel: Eintrag
    // hinzufügen“): a form with several lists has several such buttons
    const itemName = spell(resolve(itemSchema).title || "Eintrag");
    const box = el("fieldset", {}, el("legend", { text: title }));
    const list = el("div");
    let nodes = [];
    const render = (values) => {
      list.replaceChildren();
      nodes = values.map((v, i) => {
        const node = build(itemSchema, childPath(path, i), v, `${itemName} ${i + 1}`, true);
        const remove = el("button", { type: "button", class: "neben", text: `${itemName} ${i + 1} entfernen` });
        remove.addEventListener("click", () => {
          const current = nodes.map((n) => n.get());
          current.splice(i, 1);
          render(current);
          list.dispatchEvent(new Event("input", { bubbles: true }));
        });
        list.append(el("div", { class: "eintrag" }, node.el, remove));
        return node;
      });
    };
    const start = Array.isArray(value) ? value : (required ? [undefined] : []);
    render(start);
    const add = el("button", { type: "button", class: "neben",
      text: itemName === "Eintrag" ? `${spell(label || schema.title || path)}: Eintrag hinzufügen` : `${itemName} hinzufügen` });
    add.addEventListener("click", () => { render([...nodes.map((n) => n.get()), undefined]); });
    box.append(list, add, errorSlot(path, null));
    return { el: box, get: () => nodes.map((n) => n.get()).filter((v) => v !== undefined) };
  }
  const id = `feld-${++counter}`;
  const wrap = el("div", { class: "feld" });
  let input;
  let get;
  const initial = value === undefined || value === null ? (schema.default ?? "") : value;
  if (schema.type === "boolean") {
    input = el("input", { id, type: "checkbox", checked: initial === true });
    wrap.append(input, " ", el("label", { for: id, text: title, class: "inline" }));
    get = () => input.checked;
  } else if (schema.enum || schema.const !== undefined) {
    const options = schema.enum || [schema.const];
    input = el("select", { id, "data-pfad": path });
    if (!required || nullable) input.append(el("option", { value: "", text: "– bitte wählen –" }));
    for (const o of options) input.append(el("option", { value: o, text: CHOICE[o] || o, selected: o === initial }));
    wrap.append(el("label", { for: id, text: title }), input);
    get = () => (input.value === "" ? undefined : input.value);
  } else {
    const type = schema.format === "date" ? "date" : schema.type === "integer" ? "number" : "text";
    const shown = schema.type === "number" && initial !== "" ? germanShown(initial) : String(initial);
    input = el("input", { id, type, value: shown, "data-pfad": path,
      inputmode: schema.type === "number" ? "decimal" : undefined, required });
    wrap.append(el("label", { for: id, text: title }), input);
    get = () => {
      const v = input.value.trim();
      if (v === "") return undefined;
      if (schema.type === "integer") return /^-?\d+$/.test(v) ? Number(v) : v;
      if (schema.type === "number") return germanNumber(v);
      return v;
    };
  }
  input.setAttribute("data-pfad", path);
  wrap.append(hint, errorSlot(path, input));
  if (hint) input.setAttribute("aria-describedby", `${hint.id} ${input.getAttribute("aria-describedby")}`);
  return { el: wrap, get };
}

// "Kommune aus der Liste": name, Kreisschlüssel and kind filled in from the guideline's list
function kommunePicker(path, value) {
  const id = `feld-${++counter}`;
  const select = el("select", { id, "data-auswahl": path });
  select.append(el("option", { value: "", text: "– bitte wählen –" }));
  // loaded data naming a listed Kommune show it as chosen
  kommunen.forEach((k, i) => select.append(el("option", { value: String(i),
    text: `${k.name} (${CHOICE[k.art] || k.art}, ${k.kreisschluessel})`,
    selected: !!value && value.kreisschluessel === k.kreisschluessel && value.name === k.name })));
  select.addEventListener("change", () => {
    const k = kommunen[Number(select.value)];
    if (!k) return;
    for (const [key, value] of [["name", k.name], ["kreisschluessel", k.kreisschluessel], ["art", k.art]]) {
      const input = document.querySelector(`[data-pfad="${path}.${key}"]`);
      if (input) { input.value = value; input.dispatchEvent(new Event("input", { bubbles: true })); }
    }
  });
  return el("div", { class: "feld" }, el("label", { for: id, text: "Kommune aus der Liste der Richtlinie" }), select,
    el("span", { class: "klein", text: "füllt Name, Kreisschlüssel und Art aus" }));
}

// typed by hand, kind and Kreisschlüssel may disagree with the guideline's list („Landkreis
// Bernkastel-Wittlich“ as kreisfreie Stadt): said beside the kind, at once, before any check
const KIND = { landkreis: "ein Landkreis", kreisfreie_stadt: "eine kreisfreie Stadt" };
function checkKommunen() {
  for (const picker of document.querySelectorAll("[data-auswahl]")) {
    const path = picker.dataset.auswahl;
    const value = (k) => { const f = document.querySelector(`[data-pfad="${path}.${k}"]`); return f ? f.value.trim() : ""; };
    const kind = document.querySelector(`[data-pfad="${path}.art"]`);
    if (!kind) continue;
    const key = value("kreisschluessel"), kindNow = value("art");
    const bare = value("name").replace(/^(Landkreis|Kreis|Stadt)\s+/, "");
    let text = "";
    const byKey = kommunen.find((k) => k.kreisschluessel === key);
    if (byKey && kindNow && kindNow !== byKey.art) {
      text = `Laut Liste der Richtlinie ist ${key} ${byKey.name}, ${KIND[byKey.art] || byKey.art}.`;
    } else if (!byKey && key) {
      const named = kommunen.filter((k) => k.name === bare && (!kindNow || k.art === kindNow));
      if (named.length === 1) text = `Laut Liste der Richtlinie hat ${named[0].name} den Kreisschlüssel ${named[0].kreisschluessel}.`;
    }
    let note = kind.closest(".feld").querySelector(".liste-abweichung");
    if (!note) {
      note = el("p", { class: "meldung warnung liste-abweichung", id: `liste-${++counter}`, role: "status" });
      kind.closest(".feld").append(note);
      kind.setAttribute("aria-describedby", `${kind.getAttribute("aria-describedby") || ""} ${note.id}`.trim());
    }
    note.textContent = text;
    note.hidden = !text;
  }
}

// An Antrag in steps, in the order a clerk has the received papers in front of her; the
// document's parts not named here join the step before "Vorschau".
const STEPS = { antrag: [
  ["Antragsteller", ["antragsteller", "ansprechperson", "organisation", "bankverbindung"]],
  ["Stellen", ["stellen", "aufgaben", "integrationskonzept"]],
  ["Zeitraum", ["zeitraum"]],
  ["Finanzierung", ["finanzierungsplan"]],
  ["Erklärungen", ["erklaerungen", "unterschrift"]],
  ["Vorschau", []],
] };
let showStep = () => {};

function arrangeSteps(art, area) {
  const steps = STEPS[art];
  if (!steps) return;
  const rootDiv = area.firstElementChild; // keeps the form-wide error slot
  const nav = el("ol", { class: "schritte", "aria-label": "Schritte" });
  const pages = steps.map(([title], i) => el("section", { class: "schritt", "data-schritt": String(i),
    "aria-label": `Schritt ${i + 1}: ${title}` }, el("h2", { text: `${i + 1}. ${title}`, tabindex: "-1" })));
  const named = new Map(steps.flatMap(([, keys], i) => keys.map((k) => [k, i])));
  for (const part of area.querySelectorAll(":scope > div > [data-teil]")) {
    const i = named.has(part.dataset.teil) ? named.get(part.dataset.teil) : steps.length - 2;
    pages[i].append(part);
  }
  pages[steps.length - 1].append(el("p", { text: "Bitte die Zuwendung je Haushaltsjahr und die Regelprüfung (rechts) ansehen, dann das Dokument erstellen." }));
  pages.forEach((page, i) => {
    const buttons = el("p", { class: "zeile" });
    if (i > 0) buttons.append(el("button", { type: "button", class: "neben", "data-gehe": String(i - 1), text: "Zurück" }));
    if (i < pages.length - 1) buttons.append(el("button", { type: "button", "data-gehe": String(i + 1), text: `Weiter: ${steps[i + 1][0]}` }));
    page.append(buttons);
  });
  steps.forEach(([title], i) => nav.append(el("li", {}, el("button", { type: "button", class: "neben", "data-gehe": String(i), "data-zu": String(i), text: `${i + 1}. ${title}` }))));
  area.replaceChildren(nav, ...pages, rootDiv);
  showStep = (n) => {
    pages.forEach((page, i) => { page.hidden = i !== n; });
    nav.querySelectorAll("button").forEach((b, i) => {
      if (i === n) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current");
    });
  };
  area.addEventListener("click", (event) => {
    const to = event.target.getAttribute && event.target.getAttribute("data-gehe");
    if (to === null || to === undefined) return;
    showStep(Number(to));
    const first = pages[Number(to)].querySelector("input, select, textarea");
    (first || pages[Number(to)].querySelector("h2")).focus();
  });
  showStep(0);
}

// the step that holds a field, shown (after an error, the wrong field must be visible)
function revealField(input) {
  const page = input && input.closest("[data-schritt]");
  if (page) showStep(Number(page.dataset.schritt));
}

function clearErrors() {
  for (const { input, message } of slots.values()) {
    message.textContent = "";
    if (input) input.removeAttribute("aria-invalid");
  }
  const top = document.getElementById("formular-meldung");
  top.hidden = true; top.textContent = "";
}

// the nearest slot for a path: the field itself, else its closest enclosing group
function slotFor(path) {
  let p = path;
  while (p) {
    if (slots.has(p)) return slots.get(p);
    p = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "");
  }
  return slots.get("(Dokument)");
}

function showErrors(data) {
  clearErrors();
  let first = null;
  for (const { pfad, meldung } of data.felder || []) {
    const slot = slotFor(pfad);
    if (!slot) continue;
    const own = slot === slots.get(pfad);
    slot.message.textContent += (slot.message.textContent ? " " : "") + (own ? meldung : `${pfad}: ${meldung}`);
    if (slot.input) { slot.input.setAttribute("aria-invalid", "true"); first = first || slot.input; }
  }
  revealField(first);
  const top = document.getElementById("formular-meldung");
  const n = (data.felder || []).length;
  top.textContent = n ? `Bitte ${n === 1 ? "das markierte Feld" : `die ${n} markierten Felder`} korrigieren.` : data.meldung;
  top.hidden = false;
  if (first) first.focus();
}

const empty = (v) => v === undefined || v === null || v === "" ||
  (typeof v === "object" && !Array.isArray(v) && Object.values(v).every(empty));

// a note under each field taken from the Antrag: „aus dem Antrag, Seite 2: „…““, or
// „nicht gelesen – bitte eintragen“ (then the field is marked); the first open field back
function markSources(quellen, data) {
  let first = null;
  for (const q of quellen) {
    const input = document.querySelector(`[data-pfad="${CSS.escape(q.pfad)}"]`);
    if (!input) { // a list or group (the Sachausgaben of a year): the note above its message
      const slot = slots.get(q.pfad);
      if (slot && q.offen) slot.message.before(el("p", { class: q.pflicht ? "herkunft offen" : "herkunft pruefen", text: q.text }));
      continue;
    }
    const keep = q.offen && !empty(valueAt(data, q.pfad)); // entered before: no longer open
    const kind = !q.offen || keep ? "" : q.pflicht ? " offen" : " pruefen";
    const note = el("p", { class: `herkunft${kind}`, id: `herkunft-${++counter}`,
      text: keep ? "von Ihnen eingetragen (nicht aus dem Antrag)" : q.text });
    const wrap = input.closest(".feld") || input.parentElement;
    wrap.append(note);
    input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") || ""} ${note.id}`.trim());
    if (q.offen && !keep && q.pflicht && !first) first = input;
  }
  return first;
}

function valueAt(data, path) {
  let node = data;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === undefined || node === null) return undefined;
    node = node[key !== undefined ? key : Number(index)];
  }
  return node;
}

// the form's data as YAML, the format of the examples and of `kimdocs erstellen`: every text
// in double quotes (JSON's escapes are YAML's), so no value is read as another type
function toYaml(value, indent = "") {
  if (Array.isArray(value)) {
    if (!value.length) return " []";
    return value.map((item) => {
      if (item && typeof item === "object" && !Array.isArray(item) && Object.keys(item).length) {
        return `\n${indent}- ${toYaml(item, `${indent}  `).slice(indent.length + 3)}`;
      }
      return `\n${indent}-${toYaml(item, `${indent}  `)}`;
    }).join("");
  }
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (!keys.length) return " {}";
    return keys.map((k) => `\n${indent}${k}:${toYaml(value[k], `${indent}  `)}`).join("");
  }
  if (value === null || value === undefined) return " null";
  if (typeof value === "boolean" || typeof value === "number") return ` ${value}`;
  return ` ${JSON.stringify(String(value))}`;
}

async function postJson(url, body) {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// "60000.00" -> "60.000,00 EUR" (DIN 5008, protected space), digit by digit from the
// string of the JSON: no floating point ever touches the money
function eur(amount, unit = "\u00a0EUR") {
  const [whole, cents = ""] = String(amount).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${digits},${cents.padEnd(2, "0")}${unit}`;
}

// the answer of POST /api/berechnen, the envelope of `kimdocs berechnen --format json`:
// jahre {"2025": {personalkosten, sachkosten, gesamt, monate}}, gesamt, befunde (all rules)
function amountsTable(result) {
  const table = el("table", {}, el("caption", { text: `Beträge in EUR nach der Richtlinie, Fassung ${result.richtlinie_version}` }));
  table.append(el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Jahr" }), el("th", { scope: "col", class: "betrag", text: "Personal" }),
    el("th", { scope: "col", class: "betrag", text: "Sach" }), el("th", { scope: "col", class: "betrag", text: "Gesamt" }))));
  const body = el("tbody");
  for (const [jahr, j] of Object.entries(result.jahre).sort(([a], [b]) => Number(a) - Number(b))) {
    body.append(el("tr", {}, el("td", {}, String(jahr), el("span", { class: "klein", text: `${j.monate} Mon.` })),
      el("td", { class: "betrag", text: eur(j.personalkosten, "") }),
      el("td", { class: "betrag", text: eur(j.sachkosten, "") }), el("td", { class: "betrag", text: eur(j.gesamt, "") })));
  }
  body.append(el("tr", {}, el("th", { scope: "row", colspan: "3", text: "Summe" }), el("td", { class: "betrag", text: eur(result.gesamt) })));
  table.append(body);
  const out = [table];
  const open = result.befunde.filter((b) => b.status !== "erfuellt");
  if (open.length) {
    out.push(el("h3", { text: "Regelverstöße und offene Punkte" }));
    out.push(el("ul", {}, ...open.map((b) => el("li", { text: `${b.code}: ${b.meldung}` }))));
  } else {
    out.push(el("p", { text: "Keine Regel verletzt." }));
  }
  return out;
}

document.addEventListener("DOMContentLoaded", async () => {
  const form = document.getElementById("dokument-form");
  const art = form.dataset.art;
  const area = document.getElementById("formular");
  const amounts = document.getElementById("betraege-inhalt");
  if (art !== "antrag" && art !== "bescheid") document.getElementById("betraege").hidden = true;
  const schema = await (await fetch(`/api/v1/schema/${art}`)).json();
  const list = await fetch("/api/v1/kommunen");
  if (list.ok) kommunen = (await list.json()).kommunen;
  defs = schema.$defs || {};
  let root;
  const render = (value) => {
    slots.clear();
    root = build(schema, "", value, schema.title, true);
    area.replaceChildren(root.el);
    arrangeSteps(art, area);
    checkKommunen();
  };
  // a draft stays in this browser (never on the server) until it is discarded
  const draftKey = `kimdocs-entwurf-${art}`;
  const draftNote = document.getElementById("entwurf-meldung");
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(draftKey) || "null"); } catch { saved = null; }
  render(saved ? saved.daten : undefined);
  if (saved) {
    draftNote.textContent = `Entwurf vom ${new Date(saved.zeit).toLocaleString("de-DE")} wiederhergestellt.`;
    document.getElementById("entwurf-verwerfen").hidden = false;
  }
  let draftTimer = null;
  form.addEventListener("input", () => {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => {
      localStorage.setItem(draftKey, JSON.stringify({ zeit: Date.now(), daten: root.get() }));
      draftNote.textContent = "Entwurf in diesem Browser gespeichert.";
      document.getElementById("entwurf-verwerfen").hidden = false;
    }, 500);
  });
  document.getElementById("entwurf-verwerfen").addEventListener("click", () => {
    localStorage.removeItem(draftKey);
    render(undefined);
    draftNote.textContent = "Entwurf verworfen.";
    document.getElementById("entwurf-verwerfen").hidden = true;
  });
  // the data as a file to keep or send on (`kimdocs erstellen` reads it as well)
  document.getElementById("daten-speichern").addEventListener("click", () => {
    const text = `# kimdocs: Daten (${art}); wieder laden unter „Dokument erstellen“ oder mit\n` +
      `# kimdocs erstellen ${art} DIESE-DATEI\n${toYaml({ art, ...root.get() }).slice(1)}\n`;
    const blob = new Blob([text], { type: "application/yaml" });
    const link = el("a", { href: URL.createObjectURL(blob), download: `${art}-daten.yaml` });
    document.body.append(link); link.click(); link.remove();
  });

  let timer = null;
  const recompute = async () => {
    const data = root.get();
    const antrag = art === "bescheid" ? data.antrag : data;
    if (!antrag) return;
    // a Bescheid with its own Bewilligungszeitraum counts over that period (sent whole, as
    // `kimdocs berechnen BESCHEID.yaml` takes it); without one the Antrag's period governs
    const own = art === "bescheid" && data.bewilligungszeitraum;
    const response = await postJson("/api/v1/berechnen", own ? data : antrag);
    if (response.ok) amounts.replaceChildren(...amountsTable(await response.json()));
    else amounts.replaceChildren(el("p", { text: "Noch nicht berechenbar: Angaben unvollständig oder fehlerhaft." }));
  };
  if (art === "antrag" || art === "bescheid") {
    form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(recompute, 400); });
  }
  form.addEventListener("input", checkKommunen);
  form.addEventListener("change", checkKommunen); // a choice in a list may send only "change"
  // a field's error goes as soon as the field is changed
  form.addEventListener("input", (event) => {
    const slot = slots.get(event.target.getAttribute("data-pfad"));
    if (slot && slot.input === event.target && event.target.getAttribute("aria-invalid")) {
      event.target.removeAttribute("aria-invalid");
      slot.message.textContent = "";
      const top = document.getElementById("formular-meldung");
      if (!form.querySelector("[aria-invalid='true']") && ![...slots.values()].some((x) => x.message.textContent)) {
        top.hidden = true; top.textContent = "";
      }
    }
  });
  // Enter moves to the next field instead of sending the form
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.target.tagName !== "INPUT" || event.target.type === "checkbox") return;
    event.preventDefault();
    const fields = Array.from(form.querySelectorAll("input, select, textarea, button[type=submit]"))
      .filter((f) => !f.disabled && f.offsetParent !== null);
    const next = fields[fields.indexOf(event.target) + 1];
    if (next) next.focus();
  });

  document.getElementById("laden-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const note = document.getElementById("laden-meldung");
    const file = document.getElementById("datendatei").files[0];
    if (!file) { note.textContent = "Bitte zuerst eine Datei auswählen."; return; }
    const body = new FormData(); body.append("datei", file);
    const response = await fetch(`/api/v1/daten/${art}`, { method: "POST", body });
    const data = await response.json();
    if (!response.ok) { note.className = "meldung fehler"; note.textContent = data.meldung; return; }
    render(data);
    note.className = "meldung"; note.textContent = `${file.name} geladen.` +
      (art === "bescheid" && !data.antrag
        ? " Der Bescheid verweist auf eine Antragsdatei: bitte die Antragsdaten mit „Antrag übernehmen“ ergänzen." : "");
    recompute();
  });

  // a Bescheid starts from the received Antrag (PDF, DOCX, ODT or data): its values fill the
  // form, each with a note where it was read, each missing one marked "bitte eintragen";
  // what the clerk already typed for the Bescheid itself stays
  const antragForm = document.getElementById("antrag-laden-form");
  if (antragForm) antragForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const note = document.getElementById("laden-meldung");
    const file = document.getElementById("antragsdatei").files[0];
    if (!file) { note.textContent = "Bitte zuerst die Antragsdatei auswählen."; return; }
    note.className = "meldung"; note.textContent = `${file.name} wird gelesen …`;
    const body = new FormData(); body.append("datei", file);
    const response = await fetch("/api/v1/bescheid-aus-antrag", { method: "POST", body });
    const data = await response.json().catch(() => ({ meldung: `Fehler ${response.status}` }));
    if (!response.ok) { note.className = "meldung fehler"; note.textContent = data.meldung; return; }
    const merged = { ...data.daten };
    for (const [key, value] of Object.entries(root.get())) {
      if (key !== "antrag" && empty(merged[key]) && !empty(value)) merged[key] = value;
    }
    render(merged);
    const marked = markSources(data.quellen, merged);
    const read = data.quellen.filter((q) => !q.offen).length;
    note.className = data.offen ? "meldung warnung" : "meldung";
    note.textContent = `Antrag aus ${file.name} übernommen: ${read} Werte mit Fundstelle` +
      (data.offen ? `, ${data.offen} noch einzutragen (gelb markiert).` : ".");
    if (marked) marked.focus();
    recompute();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = document.getElementById("erstellen-knopf");
    const fmt = document.getElementById("ausgabeformat").value;
    const download = document.getElementById("download");
    download.replaceChildren(el("span", { text: "Wird erstellt …" }));
    button.disabled = true;
    try {
      const response = await postJson(`/api/v1/erstellen/${art}?format=${fmt}`, root.get());
      if (!response.ok) {
        const data = await response.json().catch(() => ({ meldung: `Fehler ${response.status}` }));
        download.replaceChildren();
        showErrors(data);
        return;
      }
      clearErrors();
      const disposition = response.headers.get("Content-Disposition") || "";
      const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
      const name = match ? decodeURIComponent(match[1]) : `dokument.${fmt === "docx" ? "docx" : "pdf"}`;
      const url = URL.createObjectURL(await response.blob());
      download.replaceChildren(el("a", { href: url, download: name, class: "knopf", id: "download-link", text: `Herunterladen: ${name}` }));
      document.getElementById("download-link").focus();
    } finally {
      button.disabled = false;
    }
  });
});
