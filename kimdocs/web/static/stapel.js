// Dokumente im Stapel: send the table, show progress per document from the NDJSON stream
// ("Bescheid 17 von 36 – Mainz"), then the failed rows, the budget, the overview and the ZIP.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("stapel-form");
  const bar = document.getElementById("fortschritt");
  const text = document.getElementById("fortschritt-text");
  const fill = (id, items) => {
    const ul = document.getElementById(id);
    ul.replaceChildren(...items.map((t) => { const li = document.createElement("li"); li.textContent = t; return li; }));
  };
  const money = (v) => Number(v).toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + "\u00a0EUR";
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
    bar.hidden = false; bar.removeAttribute("value");
    document.getElementById("fortschritt-label").hidden = false;
    document.getElementById("stapel-ergebnis").hidden = true;
    text.className = "";
    text.textContent = "Tabelle wird gelesen …";
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form) });
      if (!response.ok) {
        const data = await response.json().catch(() => ({ meldung: "Unbekannter Fehler (" + response.status + ")" }));
        throw new Error(data.meldung);
      }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "", result = null;
      for (;;) {
        const { done, value } = await reader.read();
        if (value) buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n")) >= 0) {
          const message = JSON.parse(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 1);
          if (message.ergebnis) result = message.ergebnis;
          else if (message.von) {
            bar.max = message.von; bar.value = message.fortschritt;
            text.textContent = message.text;
          }
        }
        if (done) break;
      }
      if (!result) throw new Error("Die Verbindung wurde unterbrochen.");
      if (result.code && !result.zip) throw new Error(result.meldung);
      bar.max = 1; bar.value = 1;
      text.textContent = "Fertig.";
      document.getElementById("stapel-zahl").textContent = result.zusammenfassung[0];
      fill("stapel-fehler", result.fehler.length
        ? result.fehler.map((f) => (f.zeile === null ? "" : `Zeile ${f.zeile}${f.kommune ? ` (${f.kommune})` : ""}: `) + f.meldung)
        : ["keine"]);
      fill("stapel-uebersicht", result.uebersicht.length ? result.uebersicht.map((e) =>
        `Zeile ${e.zeile}: ${e.kommune}${e.aktenzeichen ? ` (Az. ${e.aktenzeichen})` : ""}` +
        (e.jahre.length ? `: ${e.jahre.map((j) => `${j.jahr} ${money(j.gesamt)}`).join(", ")}` : "") +
        ` – ${e.datei}`) : ["keine"]);
      fill("stapel-budget", result.budget.length ? result.budget
        : [result.art === "bescheid" ? "kein Programmbudget hinterlegt" : "nur bei Bescheiden"]);
      const bytes = Uint8Array.from(atob(result.zip), (c) => c.charCodeAt(0));
      const link = document.getElementById("zip-link");
      if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(new Blob([bytes], { type: "application/zip" }));
      link.download = result.zip_name;
      link.textContent = `ZIP herunterladen: ${plural(result.erstellt, "Dokument", "Dokumente")} und Übersicht (${result.zip_name})`;
      document.getElementById("stapel-ergebnis").hidden = false;
      document.getElementById("ergebnis-titel").focus();
    } catch (error) {
      bar.hidden = true;
      text.textContent = "Fehler: " + error.message;
      text.className = "meldung fehler";
    } finally {
      button.disabled = false;
    }
  });
});
